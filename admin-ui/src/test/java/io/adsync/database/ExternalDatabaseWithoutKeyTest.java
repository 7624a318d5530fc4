package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.adsync.AdsSyncApplication;
import io.adsync.security.MissingEncryptionKeyException;
import io.adsync.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** Settings in a shared database must stay readable by every instance: no key, no start. */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseWithoutKeyTest {

    @Test
    void refusesToStartAndSaysHowToMakeAKey(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SpringApplication.run(AdsSyncApplication.class,
                "--adsync.database.url=" + FreshDatabase.create(),
                "--adsync.database.username=" + FreshDatabase.USER,
                "--adsync.database.password=" + FreshDatabase.PASSWORD,
                "--adsync.encryption-key=",
                "--adsync.sandbox.enabled=false",
                "--adsync.jobs.scheduler.enabled=false",
                "--server.port=0"));

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(MissingEncryptionKeyException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("CONFIG_ENCRYPTION_KEY is not set")
                .contains("openssl rand -base64 32");
    }
}
