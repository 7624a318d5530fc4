package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class ConsoleBannerTest {

    @Test
    void theUrlIsTheListeningPortOnLocalhost() {
        assertThat(ConsoleBanner.consoleUrl(new MockEnvironment().withProperty("local.server.port", "8080")))
                .isEqualTo("http://localhost:8080/");
        assertThat(ConsoleBanner.consoleUrl(new MockEnvironment().withProperty("local.server.port", "8443")
                .withProperty("server.address", "0.0.0.0").withProperty("server.servlet.context-path", "/ads/")))
                .as("bound to every address: localhost reaches it; the context path is part of it")
                .isEqualTo("http://localhost:8443/ads/");
        assertThat(ConsoleBanner.consoleUrl(new MockEnvironment().withProperty("local.server.port", "9000")
                .withProperty("server.address", "::1"))).isEqualTo("http://[::1]:9000/");
    }

    @Test
    void aGeneratedPasswordIsPrintedOnceWithTheConsoleUrl(CapturedOutput output) {
        ConsoleBanner banner = new ConsoleBanner("admin");
        banner.showGeneratedPassword("gen-pw-5Tq");

        banner.print(ready(41234));
        banner.print(ready(41234));

        assertThat(output.getOut()).contains("Console:        http://localhost:41234/",
                "Console login:  admin / gen-pw-5Tq");
        assertThat(output.getOut().split("gen-pw-5Tq", -1)).as("the password appears once").hasSize(2);
    }

    @Test
    void aChosenPasswordIsNeverPrinted(CapturedOutput output) {
        new ConsoleBanner("ops").print(ready(8080));

        assertThat(output.getOut()).contains("Console:        http://localhost:8080/   (log in as ops)")
                .doesNotContain("Console login:");
    }

    private static ApplicationReadyEvent ready(int port) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(new MockEnvironment().withProperty("local.server.port", Integer.toString(port)));
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO);
    }
}
