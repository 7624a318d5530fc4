package io.adsync.testapp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.adsync.testsupport.FreshDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, against a fresh database on the machine's PostgreSQL
 * ({@link FreshDatabase}) and its built-in Amazon Ads sandbox (a bean: {@code @Autowired AdsSandbox};
 * switched on explicitly, since on an external database it is off by default), with known secrets and
 * the built-in schedule off. Org 1 starts set up on the sandbox. Test classes with this annotation
 * share one application context, so one database: create your own org ({@link TestOrgs#create}) when
 * a test needs a clean one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "adsync.encryption-key=" + AdsSyncAppTest.ENCRYPTION_KEY,
        "adsync.cron-secret=" + AdsSyncAppTest.CRON_SECRET,
        "adsync.admin.username=" + AdsSyncAppTest.ADMIN_USERNAME,
        "adsync.admin.password=" + AdsSyncAppTest.ADMIN_PASSWORD,
        "adsync.sandbox.enabled=true",
        "adsync.sandbox.report-delay=1s",
        "adsync.jobs.scheduler.enabled=false",
        "adsync.sales.poll-interval=300ms"})
@ContextConfiguration(initializers = FreshDatabase.class)
public @interface AdsSyncAppTest {

    String ENCRYPTION_KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";
    String CRON_SECRET = "test-cron-secret-5f1c";
    String ADMIN_USERNAME = "admin";
    String ADMIN_PASSWORD = "test-admin-password-8a2d";
}
