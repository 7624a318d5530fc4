package io.adsync.web.api;

/** {@code {"success":true,"id":n}}: the body of a write that created something. */
public record ApiCreated(boolean success, long id) {

    public static ApiCreated of(long id) {
        return new ApiCreated(true, id);
    }
}
