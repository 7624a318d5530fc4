package io.adsync.operations.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.adsync.operations.AlertsProperties;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Against GreenMail with a login required, as a real mail relay asks for one. */
class EmailChannelTest {

    static final AlertMessage MESSAGE = new AlertMessage("[Amazon Ads Sync] Test alert, organization 1",
            "Test alert: hello");

    final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts", "right-password"));

    {
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void sendsTheSubjectAndTextToEveryAddress() throws Exception {
        channel("right-password").send(MESSAGE);

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo(MESSAGE.subject());
        assertThat(GreenMailUtil.getBody(received[0]).strip()).isEqualTo("Test alert: hello");
    }

    @Test
    void aRefusedLoginIsSaidWithoutThePassword() {
        assertThatThrownBy(() -> channel("wrong-password").send(MESSAGE))
                .hasMessageStartingWith("the SMTP server did not take it: ")
                .hasMessageContaining("535")
                .hasMessageNotContaining("wrong-password");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutAnSmtpServerTheMisconfigurationIsSaid() {
        EmailChannel channel = new EmailChannel(properties(), new StaticListableBeanFactory()
                .getBeanProvider(JavaMailSender.class));

        assertThatThrownBy(() -> channel.send(MESSAGE))
                .hasMessage("ALERT_EMAIL_TO is set but no SMTP server is (spring.mail.host)");
    }

    private EmailChannel channel(String password) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mail.getSmtp().getPort());
        sender.setUsername("alerts");
        sender.setPassword(password);
        sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        return new EmailChannel(properties(), new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class));
    }

    private static AlertsProperties properties() {
        return new AlertsProperties(LocalTime.NOON, null, "ops@example.com, oncall@example.com", "adsync@localhost",
                Duration.ofMinutes(1), Duration.ofSeconds(5), 1, Duration.ofMillis(10));
    }
}
