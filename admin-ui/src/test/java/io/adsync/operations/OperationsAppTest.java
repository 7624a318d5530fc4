package io.adsync.operations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.adsync.testapp.AdsSyncAppTest;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link AdsSyncAppTest} in a context of its own (so no other test's orgs change the health), where
 * yesterday is due at midnight (so a day not loaded is late whenever the test runs), a sync asks for
 * yesterday alone and polls every second, the metrics token is known, and the gauges and the alert
 * checks run often.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AdsSyncAppTest
@TestPropertySource(properties = {
        "adsync.alerts.fresh-by=00:00",
        "adsync.jobs.lookback-days=1",
        "adsync.jobs.poll-interval=1s",
        "adsync.metrics.token=" + OperationsAppTest.METRICS_TOKEN,
        "adsync.metrics.refresh-interval=200ms",
        "adsync.alerts.check-interval=200ms"})
public @interface OperationsAppTest {

    String METRICS_TOKEN = "test-metrics-token-31c9";
}
