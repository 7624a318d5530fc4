package io.adsync.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer other than success, thrown from deep inside a handler (authentication, validation, faults) and written by
 * {@link SandboxHandler}, so every endpoint reports errors the same way. It carries no stack trace: it is an answer,
 * not a bug.
 */
final class HttpFailure extends RuntimeException {

    private final int status;
    private final String contentType;
    private final Object body;
    private final Map<String, String> headers;

    private HttpFailure(int status, String contentType, Object body, Map<String, String> headers) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
    }

    /** Amazon's v3 error shape: {@code {"code":"400","detail":"..."}}. */
    static HttpFailure api(int status, String detail) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", String.valueOf(status));
        body.put("detail", detail);
        return json(status, body);
    }

    /** An arbitrary JSON body; the map keeps its order in the answer. */
    static HttpFailure json(int status, Map<String, ?> body) {
        return new HttpFailure(status, SandboxHttp.JSON, new LinkedHashMap<>(body), Map.of());
    }

    /** An S3-style XML error document (download URLs are served by "storage", not the API). */
    static HttpFailure xml(int status, String document) {
        return new HttpFailure(status, SandboxHttp.XML, document, Map.of());
    }

    HttpFailure withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpFailure(status, contentType, body, more);
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    /** A {@link Map} for JSON answers, a {@link String} for XML ones. */
    Object body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }
}
