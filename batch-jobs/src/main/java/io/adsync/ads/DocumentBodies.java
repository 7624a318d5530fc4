package io.adsync.ads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

/** How both Amazon clients read a downloaded report file: streamed when it is one, an error read at once. */
public final class DocumentBodies {

    private DocumentBodies() {
    }

    /** Streams a 2xx body; reads any other (a short error document) at once so the connection is released. */
    public static HttpResponse.BodyHandler<InputStream> streamingSuccessOnly() {
        return info -> info.statusCode() / 100 == 2
                ? HttpResponse.BodySubscribers.ofInputStream()
                : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                        ByteArrayInputStream::new);
    }

    /** The whole of an error body, empty when it cannot be read. */
    public static byte[] readSmallBody(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** @throws AdsUnavailableException when the file is not gzip or the connection broke */
    public static InputStream gunzip(String operation, InputStream body) {
        try {
            return new GZIPInputStream(body, 64 * 1024);
        } catch (IOException e) {
            try {
                body.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new AdsUnavailableException("Could not " + operation + ": the file is not gzip or the connection "
                    + "broke (" + e + ").", e);
        }
    }
}
