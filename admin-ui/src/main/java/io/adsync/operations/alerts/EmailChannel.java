package io.adsync.operations.alerts;

import io.adsync.operations.AlertsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** {@code ALERT_EMAIL_TO}, sent through the SMTP server of {@code spring.mail.*}. */
@Component
class EmailChannel implements AlertChannel {

    private final AlertsProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;

    EmailChannel(AlertsProperties properties, ObjectProvider<JavaMailSender> mailSender) {
        this.properties = properties;
        this.mailSender = mailSender;
    }

    @Override
    public String name() {
        return "e-mail";
    }

    @Override
    public boolean configured() {
        return properties.hasEmail();
    }

    @Override
    public void send(AlertMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("ALERT_EMAIL_TO is set but no SMTP server is (spring.mail.host)");
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.emailFrom());
        mail.setTo(properties.emailTo().split("\\s*,\\s*"));
        mail.setSubject(message.subject());
        mail.setText(message.text());
        try {
            sender.send(mail);
        } catch (MailException e) {
            // the most specific cause says what went wrong (refused login, connection refused) without the password
            throw new IllegalStateException("the SMTP server did not take it: " + mostSpecific(e));
        }
    }

    private static String mostSpecific(MailException e) {
        Throwable cause = e.getMostSpecificCause();
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
    }
}
