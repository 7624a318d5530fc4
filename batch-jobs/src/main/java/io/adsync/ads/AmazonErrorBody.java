package io.adsync.ads;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon's explanation in an error response. The Ads API says it in {@code detail} (reporting v3), {@code details}
 * (v2, 401s) or {@code message}; Login-with-Amazon in {@code error} and {@code error_description}; storage in XML.
 * Text from Amazon is shown to people, so anything that looks like a token is blanked out first.
 */
public final class AmazonErrorBody {

    /** Login-with-Amazon access and refresh tokens start with Atza| and Atzr|. */
    private static final Pattern TOKEN = Pattern.compile("Atz[ar]\\|[^\\s\"',;]+");
    private static final int MAX_RAW_LENGTH = 300;

    private final JsonNode json;
    private final String raw;

    private AmazonErrorBody(JsonNode json, String raw) {
        this.json = json;
        this.raw = raw;
    }

    public static AmazonErrorBody parse(JsonMapper mapper, byte[] body) {
        String raw = new String(body, StandardCharsets.UTF_8).strip();
        JsonNode json;
        try {
            json = raw.isEmpty() ? null : mapper.readTree(raw);
        } catch (JacksonException notJson) {
            json = null;
        }
        return new AmazonErrorBody(json != null && json.isObject() ? json : null, raw);
    }

    /** The first of the named fields that is present, as text. */
    public Optional<String> field(String... names) {
        if (json == null) {
            return Optional.empty();
        }
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull()) {
                String text = value.isValueNode() ? value.asString() : value.toString();
                if (!text.isBlank()) {
                    return Optional.of(redact(text));
                }
            }
        }
        return Optional.empty();
    }

    /** Amazon's explanation: the API's detail fields, else the body itself (shortened), else nothing. */
    public Optional<String> reason() {
        return field("detail", "details", "message", "error_description")
                .or(this::firstSellingPartnerError)
                .or(() -> raw.isEmpty() ? Optional.empty() : Optional.of(redact(shorten(raw))));
    }

    /** The Selling Partner API's shape: {@code {"errors":[{"code":"...","message":"...","details":"..."}]}}. */
    private Optional<String> firstSellingPartnerError() {
        if (json == null || !json.path("errors").isArray() || json.path("errors").isEmpty()) {
            return Optional.empty();
        }
        SellingPartnerError error = MAPPER_FOR_ERRORS.treeToValue(json.path("errors").get(0), SellingPartnerError.class);
        String text = java.util.stream.Stream.of(error.code(), error.message(), error.details())
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(": "));
        return text.isEmpty() ? Optional.empty() : Optional.of(redact(text));
    }

    /** The Selling Partner API's code, e.g. {@code Unauthorized}, {@code InvalidInput}, {@code QuotaExceeded}. */
    public Optional<String> sellingPartnerCode() {
        if (json == null || !json.path("errors").isArray() || json.path("errors").isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(MAPPER_FOR_ERRORS.treeToValue(json.path("errors").get(0),
                SellingPartnerError.class).code());
    }

    private static final JsonMapper MAPPER_FOR_ERRORS = JsonMapper.builder().build();

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    private record SellingPartnerError(String code, String message, String details) {
    }

    public static String redact(String text) {
        return TOKEN.matcher(text).replaceAll("••••");
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_RAW_LENGTH ? oneLine : oneLine.substring(0, MAX_RAW_LENGTH) + "…";
    }
}
