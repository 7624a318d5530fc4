package io.adsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.adsync.database.InvalidDatabaseUrlException;
import io.adsync.security.MissingEncryptionKeyException;
import io.adsync.testsupport.FreshDatabase;
import io.adsync.testapp.AdsSyncAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** Configurations the application refuses to start with, saying what to change. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

    private final String database = FreshDatabase.create();

    @AfterEach
    void dropDatabase() {
        FreshDatabase.drop(database);
    }

    @Test
    void anExternalDatabaseWithoutEncryptionKey(CapturedOutput output) {
        // settings in a shared database must stay readable by every instance: no key, no start
        Throwable failure = catchThrowable(() -> start(
                "--adsync.database.url=" + database,
                "--adsync.database.username=" + FreshDatabase.USER,
                "--adsync.database.password=" + FreshDatabase.PASSWORD,
                "--adsync.encryption-key="));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(MissingEncryptionKeyException.class);
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("CONFIG_ENCRYPTION_KEY is not set")
                .contains("openssl rand -base64 32");
    }

    @Test
    void aMalformedEncryptionKey(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start(
                "--adsync.database.url=" + database,
                "--adsync.database.username=" + FreshDatabase.USER,
                "--adsync.encryption-key=dG9vIHNob3J0"));

        assertThat(failure).isNotNull();
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("CONFIG_ENCRYPTION_KEY must be 32 bytes, it is 9 bytes")
                .doesNotContain("dG9vIHNob3J0");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresql(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start(
                "--adsync.database.url=mysql://root:hunter2@localhost/ads",
                "--adsync.encryption-key=" + AdsSyncAppTest.ENCRYPTION_KEY));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(InvalidDatabaseUrlException.class);
        assertThat(output.getAll())
                .contains("DATABASE_URL must start with jdbc:postgresql://, postgres:// or postgresql://")
                .contains("unset it to use the embedded PostgreSQL")
                .doesNotContain("hunter2");
    }

    private static void start(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--adsync.sandbox.enabled=false";
        all[args.length + 1] = "--adsync.jobs.scheduler.enabled=false";
        all[args.length + 2] = "--server.port=0";
        SpringApplication.run(AdsSyncApplication.class, all);
    }
}
