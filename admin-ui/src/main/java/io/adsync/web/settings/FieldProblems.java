package io.adsync.web.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.adsync.settings.SecretMask;

/**
 * Collects what is wrong with posted settings, so one answer names every field to fix, and applies
 * the masking rule: a masked secret sent back keeps the saved one. Each problem knows its field twice:
 * by JSON key for API clients ({@code amazon_ads.client_secret is required}) and by the label a person
 * sees on the Settings page ({@code Client secret is required}).
 */
final class FieldProblems {

    private final String section;
    private final Map<String, String> labels;
    private final List<InvalidFieldsException.Problem> problems = new ArrayList<>();

    /** @param labels the section's fields, JSON key to page label */
    FieldProblems(String section, Map<String, String> labels) {
        this.section = section;
        this.labels = labels;
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        return value.strip();
    }

    /** The posted secret, or the saved one when the posted value is its mask. */
    String secret(String field, String posted, String saved) {
        if (SecretMask.isMasked(posted)) {
            if (saved == null) {
                add(field, "is masked but nothing is saved to keep: enter the value");
            }
            return saved;
        }
        return required(field, posted);
    }

    /** @param problem what is wrong, said after the field's name ("must be …") */
    void add(String field, String problem) {
        String label = labels.get(field);
        if (label == null) {
            throw new IllegalArgumentException("no label for field " + field + " of " + section);
        }
        problems.add(new InvalidFieldsException.Problem(section + "." + field, field, label, problem));
    }

    /** @throws InvalidFieldsException naming every problem found */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    /** Keys in the order the page shows the fields, so messages come in reading order. */
    static Map<String, String> labels(String... keysAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
