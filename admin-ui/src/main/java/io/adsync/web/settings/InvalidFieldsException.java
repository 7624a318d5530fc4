package io.adsync.web.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.adsync.web.api.BadRequestException;

/**
 * Posted settings with fields to fix. The message (the API's 400 error) names them by JSON key;
 * the Settings page names them by label, beside each field and in one summary.
 */
public class InvalidFieldsException extends BadRequestException {

    /**
     * @param key     the JSON path ({@code amazon_ads.client_secret})
     * @param field   the form field's name ({@code client_secret})
     * @param label   what the page calls it ({@code Client secret})
     * @param problem what is wrong, to follow the name ({@code is required})
     */
    public record Problem(String key, String field, String label, String problem) {

        String byKey() {
            return key + " " + problem;
        }

        public String byLabel() {
            return label + " " + problem;
        }
    }

    private final List<Problem> problems;

    InvalidFieldsException(List<Problem> problems) {
        super(problems.stream().map(Problem::byKey).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem in plain words for people: {@code Client ID is required; Profile ID must be …}. */
    public String byLabel() {
        return problems.stream().map(Problem::byLabel).collect(Collectors.joining("; "));
    }

    /** Form field name to its problem in plain words, for the message beside each field. */
    public Map<String, String> byField() {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.byLabel(), (a, b) -> a + "; " + b));
        return byField;
    }
}
