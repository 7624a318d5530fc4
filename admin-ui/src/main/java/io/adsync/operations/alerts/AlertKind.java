package io.adsync.operations.alerts;

import java.util.Arrays;

/** What an alert is about; {@link #value} is the {@code alert_events.kind} column. */
public enum AlertKind {

    RUN_FAILED("run_failed", "Run failed"),
    REPORT_FAILED("report_failed", "Report failed"),
    CREDENTIALS_REFUSED("credentials_refused", "Credentials refused"),
    DATA_STALE("data_stale", "Data late"),
    TEST("test", "Test alert");

    private final String value;
    private final String title;

    AlertKind(String value, String title) {
        this.value = value;
        this.title = title;
    }

    public String value() {
        return value;
    }

    public String title() {
        return title;
    }

    public static AlertKind of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert kind " + value));
    }
}
