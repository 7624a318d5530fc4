package io.adsync.web.api;

/** The body of every failed API call: {@code {"success":false,"error":"<plain words>"}}. */
public record ApiError(boolean success, String error) {

    public static ApiError of(String error) {
        return new ApiError(false, error);
    }
}
