package io.adsync.operations.alerts;

/** What a channel sends: a subject line and the text. */
public record AlertMessage(String subject, String text) {

    private static final String PREFIX = "[Amazon Ads Sync] ";

    static AlertMessage opened(AlertEvent event) {
        return new AlertMessage(PREFIX + event.kind().title() + ", organization " + event.orgId(),
                event.kind().title() + ": " + event.message());
    }

    static AlertMessage recovered(AlertEvent event) {
        return new AlertMessage(PREFIX + "Recovered: " + event.kind().title() + ", organization " + event.orgId(),
                "Recovered (" + event.kind().title() + ", open since " + event.openedAt() + "): " + event.message());
    }
}
