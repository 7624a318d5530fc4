package io.adsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** The few HTTP chores every endpoint shares: JSON in and out, forms, query strings. */
final class SandboxHttp {

    static final String JSON = "application/json";
    static final String XML = "application/xml";
    /** Amazon versions the reporting API through media types; clients may check them. */
    static final String CREATE_REPORT_REQUEST = "application/vnd.createasyncreportrequest.v3+json";
    static final String CREATE_REPORT_RESPONSE = "application/vnd.createasyncreportresponse.v3+json";
    static final String GET_REPORT_RESPONSE = "application/vnd.getasyncreportresponse.v3+json";

    /** Request bodies are small JSON documents or forms; anything bigger is not a client of ours. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    /**
     * Money must leave as {@code 12.50}, never {@code 1.25E+1}: plain BigDecimal output keeps the decimals exactly as
     * generated.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private SandboxHttp() {
    }

    static void sendJson(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        send(exchange, status, contentType, bytes);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw HttpFailure.api(413, "Request body too large");
            }
            return bytes;
        }
    }

    /** {@code a=1&b=x%20y}, as in a form body or a query string; later duplicates win. */
    static Map<String, String> decodeForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value,
                    StandardCharsets.UTF_8));
        }
        return values;
    }

    static Map<String, String> query(HttpExchange exchange) {
        return decodeForm(exchange.getRequestURI().getRawQuery());
    }

    static void requireMethod(HttpExchange exchange, String method) {
        if (!method.equals(exchange.getRequestMethod())) {
            throw HttpFailure.api(405, "Method " + exchange.getRequestMethod() + " is not allowed here")
                    .withHeader("Allow", method);
        }
    }
}
