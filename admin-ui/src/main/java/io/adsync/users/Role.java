package io.adsync.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a user may do: an admin everything, a viewer read the reports, coverage and jobs of its organizations. */
public enum Role {

    ADMIN("admin"),
    VIEWER("viewer");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    /** As stored in {@code app_users.role} and written in the API. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The Spring Security authority ({@code ROLE_ADMIN}), which templates test with {@code hasRole('VIEWER')}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.value.equals(wanted)).findFirst();
    }
}
