package io.adsync.web.console;

/**
 * The one-line outcome of a console action, shown above the page: what happened, or in plain words
 * what went wrong and what to do.
 */
public record Flash(Kind kind, String text) {

    public enum Kind { OK, ERROR }

    public static Flash ok(String text) {
        return new Flash(Kind.OK, text);
    }

    public static Flash error(String text) {
        return new Flash(Kind.ERROR, text);
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }
}
