package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.adsync.ads.AdsEndpoints.Endpoints;

/** The client as Spring builds it from {@code adsync.amazon.*}. */
class AdsClientConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(AdsClientConfiguration.class, AdsEndpoints.class, AmazonHttp.class,
                    AmazonAdsClient.class);

    @Test
    void withoutSettingsTheRetryDefaultsApplyAndRegionsUseAmazonsHosts() {
        context.run(app -> {
            assertThat(app).hasSingleBean(AmazonAdsClient.class);
            AdsClientProperties properties = app.getBean(AdsClientProperties.class);
            assertThat(properties.retry()).isEqualTo(
                    new AdsClientProperties.Retry(5, Duration.ofSeconds(1), Duration.ofSeconds(30)));
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(app.getBean(AdsEndpoints.class).resolve(AdsRegion.EU).apiUrl())
                    .isEqualTo("https://advertising-api-eu.amazon.com");
        });
    }

    @Test
    void environmentOverridesAndRetrySettingsBind() {
        context.withPropertyValues("adsync.amazon.token-url=http://proxy.local/token",
                        "adsync.amazon.api-url=http://proxy.local/ads", "adsync.amazon.retry.max-attempts=3",
                        "adsync.amazon.retry.max-backoff=5s")
                .run(app -> {
                    assertThat(app.getBean(AdsClientProperties.class).retry())
                            .isEqualTo(new AdsClientProperties.Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(5)));
                    assertThat(app.getBean(AdsEndpoints.class).resolve(AdsRegion.NA))
                            .isEqualTo(new Endpoints("http://proxy.local/token", "http://proxy.local/ads"));
                });
    }
}
