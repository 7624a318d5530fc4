package io.adsync.web.settings;

import java.util.ArrayList;
import java.util.List;

import io.adsync.settings.SecretMask;
import io.adsync.web.api.BadRequestException;

/**
 * Collects what is wrong with posted settings, so one answer names every field to fix, and applies
 * the masking rule: a masked secret sent back keeps the saved one.
 */
final class FieldProblems {

    private final String section;
    private final List<String> problems = new ArrayList<>();

    FieldProblems(String section) {
        this.section = section;
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(section + "." + field + " is required");
            return null;
        }
        return value.strip();
    }

    /** The posted secret, or the saved one when the posted value is its mask. */
    String secret(String field, String posted, String saved) {
        if (SecretMask.isMasked(posted)) {
            if (saved == null) {
                problems.add(section + "." + field + " is masked but nothing is saved to keep: enter the value");
            }
            return saved;
        }
        return required(field, posted);
    }

    void add(String problem) {
        problems.add(section + "." + problem);
    }

    /** @throws BadRequestException naming every problem found */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new BadRequestException(String.join("; ", problems));
        }
    }
}
