package io.adsync.operations.alerts;

/** Somewhere alerts go. */
interface AlertChannel {

    /** how the channel is named in a delivery error */
    String name();

    /** whether the operator asked for alerts to go here */
    boolean configured();

    /** @throws Exception in words the console can show, never with a secret (a webhook URL holds one) */
    void send(AlertMessage message) throws Exception;
}
