package io.adsync.ads;

/**
 * The kinds of request this application sends Amazon, as the {@code api} and {@code operation}
 * labels of {@code adsync_amazon_requests_total}: few and fixed, unlike the words of a log line.
 */
public enum AmazonCall {

    TOKEN("lwa", "token"),
    PROFILES("ads", "profiles"),
    CREATE_REPORT("ads", "create_report"),
    REPORT_STATUS("ads", "report_status"),
    DOWNLOAD("ads", "download"),
    SP_CREATE_REPORT("sp", "create_report"),
    SP_REPORT_STATUS("sp", "report_status"),
    SP_DOCUMENT("sp", "document"),
    SP_DOWNLOAD("sp", "download");

    private final String api;
    private final String operation;

    AmazonCall(String api, String operation) {
        this.api = api;
        this.operation = operation;
    }

    public String api() {
        return api;
    }

    public String operation() {
        return operation;
    }
}
