package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import io.adsync.AdsSyncApplication;
import io.adsync.ads.AdsRegion;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command as a new user meets it: no DATABASE_URL, no key, no passwords. Started
 * twice on one data directory, as a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedModeTest {

    private static final Pattern GENERATED_LOGIN = Pattern.compile("Console login: {2}admin / (\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void startsOnItsOwnPostgresqlWithAGeneratedKeyAndKeepsEverythingAcrossARestart(CapturedOutput output)
            throws Exception {
        String key;
        AmazonSpApiSettings saved = new AmazonSpApiSettings("amzn1.sp", "sp-secret-kept-across-restarts", "Atzr|sp",
                "A1F83G8C2ARO7P");
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(HikariDataSource.class).getJdbcUrl()).startsWith("jdbc:postgresql://localhost:");
            assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();

            Path keyFile = dataDir.resolve("encryption.key");
            assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            key = Files.readString(keyFile).strip();
            assertThat(key).hasSize(44);

            SettingsStore store = app.getBean(SettingsStore.class);
            assertThat(store.amazonAds(1)).contains(new AmazonAdsSettings(SandboxAccounts.CLIENT_ID,
                    SandboxAccounts.CLIENT_SECRET, SandboxAccounts.REFRESH_TOKEN, SandboxAccounts.PROFILE_GB,
                    AdsRegion.SANDBOX));
            store.saveAmazonSpApi(1, saved);

            TestHttp http = new TestHttp(port(app));
            String password = generatedPassword(output.getOut());
            assertThat(http.get("/api/settings?orgId=1", "Authorization", TestHttp.basic("admin", password)).status())
                    .isEqualTo(200);
            assertThat(http.get("/api/cron/amazon-ads-collect?orgId=1", "Authorization", "Bearer ").status())
                    .as("no CRON_SECRET: the cron routes are closed").isEqualTo(401);
        }

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(Files.readString(dataDir.resolve("encryption.key")).strip()).isEqualTo(key);
            assertThat(restarted.getBean(SettingsStore.class).amazonSpApi(1)).contains(saved);
        }
        assertThat(GENERATED_LOGIN.matcher(output.getOut()).results().count())
                .as("the generated password is logged once per start").isEqualTo(2);
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(AdsSyncApplication.class,
                "--adsync.data-dir=" + dataDir,
                "--adsync.database.url=",
                "--adsync.encryption-key=",
                "--adsync.admin.password=",
                "--adsync.cron-secret=",
                "--adsync.jobs.scheduler.enabled=false",
                "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static String generatedPassword(String log) {
        Matcher matcher = GENERATED_LOGIN.matcher(log);
        assertThat(matcher.find()).as("a generated password is logged").isTrue();
        return matcher.group(1);
    }
}
