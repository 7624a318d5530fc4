package io.adsync.operations;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When data counts as late, and where and how alerts go ({@code adsync.alerts.*}).
 *
 * @param freshBy          yesterday (profile time) should be loaded by this time of the profile's day
 * @param webhookUrl       {@code ALERT_WEBHOOK_URL}: gets a JSON POST {@code {"text": ...}} per alert; blank: none
 * @param emailTo          {@code ALERT_EMAIL_TO}: gets an e-mail per alert through {@code spring.mail.*}; blank: none
 * @param emailFrom        the sender of those e-mails
 * @param checkInterval    how often open problems are looked for (and cleared ones closed)
 * @param webhookTimeout   how long a webhook may take to connect and to answer
 * @param deliveryAttempts tries per alert and channel before its delivery error is recorded for good
 * @param retryDelay       the pause before the second try, doubled before each later one
 */
@ConfigurationProperties("adsync.alerts")
public record AlertsProperties(
        @DefaultValue("12:00") LocalTime freshBy,
        String webhookUrl,
        String emailTo,
        @DefaultValue("amazon-ads-sync@localhost") String emailFrom,
        @DefaultValue("1m") Duration checkInterval,
        @DefaultValue("5s") Duration webhookTimeout,
        @DefaultValue("4") int deliveryAttempts,
        @DefaultValue("5s") Duration retryDelay) {

    public boolean hasWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    public boolean hasEmail() {
        return emailTo != null && !emailTo.isBlank();
    }
}
