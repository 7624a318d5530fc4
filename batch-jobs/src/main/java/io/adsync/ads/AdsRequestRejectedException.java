package io.adsync.ads;

/**
 * Amazon rejected a request as such (400, 422 and other 4xx), for example a date range longer than 31 days. The
 * same request would be rejected again, so the item fails with Amazon's {@link #detail()}.
 */
public class AdsRequestRejectedException extends AdsApiException {

    private final int status;
    private final String detail;

    public AdsRequestRejectedException(String message, int status, String detail) {
        super(message);
        this.status = status;
        this.detail = detail;
    }

    /** The HTTP status Amazon answered. */
    public int status() {
        return status;
    }

    /** Amazon's own explanation ({@code detail}, {@code details} or {@code message} of the error body). */
    public String detail() {
        return detail;
    }
}
