package io.adsync.jobs.load;

/**
 * Writes values in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash
 * escapes for the characters that would break a line or a field.
 */
public final class CopyTextEncoder {

    private final StringBuilder out;

    public CopyTextEncoder(StringBuilder out) {
        this.out = out;
    }

    public void field(Object value, boolean first) {
        if (!first) {
            out.append('\t');
        }
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Long number) {
            // most values of a report row are counts: no String per number
            out.append(number.longValue());
        } else if (value instanceof String text) {
            escape(text);
        } else {
            out.append(value);
        }
    }

    public void endRow() {
        out.append('\n');
    }

    private void escape(String text) {
        if (!needsEscape(text)) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
