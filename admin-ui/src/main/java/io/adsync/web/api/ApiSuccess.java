package io.adsync.web.api;

/** {@code {"success":true}}: the body of a write that has nothing else to report. */
public record ApiSuccess(boolean success) {

    public static final ApiSuccess OK = new ApiSuccess(true);
}
