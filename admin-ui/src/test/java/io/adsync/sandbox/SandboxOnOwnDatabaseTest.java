package io.adsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;

import javax.sql.DataSource;

import io.adsync.AdsSyncApplication;
import io.adsync.ads.AdsRegion;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation on the user's own PostgreSQL ({@code DATABASE_URL}) never loads sandbox rows into
 * it: without {@code ADSYNC_SANDBOX_ENABLED} no sandbox runs, org 1 gets no sandbox credentials and
 * Settings offers no SANDBOX region. Started as the jar starts, with the external database's settings.
 */
class SandboxOnOwnDatabaseTest {

    private final String database = FreshDatabase.create();
    private final int sandboxPort = freePort();

    @AfterEach
    void dropDatabase() {
        FreshDatabase.drop(database);
    }

    @Test
    void anExternalDatabaseGetsNoSandboxUnlessAskedFor() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBeansOfType(AdsSandbox.class)).isEmpty();
            assertThatThrownBy(() -> new Socket("127.0.0.1", sandboxPort).close())
                    .as("nothing listens on the sandbox's port").isInstanceOf(ConnectException.class);
            assertThat(adsSettingsRows(app)).isZero();
            assertThat(app.getBean(SandboxMode.class).regions()).containsExactly(AdsRegion.NA, AdsRegion.EU,
                    AdsRegion.FE);

            TestHttp http = new TestHttp(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            http.logIn(AdsSyncAppTest.ADMIN_USERNAME, AdsSyncAppTest.ADMIN_PASSWORD);
            String settings = http.get("/settings", "Accept", "text/html").body();
            assertThat(settings).contains("value=\"EU\"").doesNotContain("value=\"SANDBOX\"");
        }
    }

    @Test
    void adsyncSandboxEnabledSwitchesItOnAlsoOnAnExternalDatabase() throws Exception {
        try (ConfigurableApplicationContext app = start("--adsync.sandbox.enabled=true")) {
            assertThat(app.getBeansOfType(AdsSandbox.class)).hasSize(1);
            new Socket("127.0.0.1", sandboxPort).close();
            assertThat(adsSettingsRows(app)).isEqualTo(1);
            assertThat(app.getBean(SandboxMode.class).regions()).contains(AdsRegion.SANDBOX);
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] args = {
                "--adsync.database.url=" + database,
                "--adsync.database.username=" + FreshDatabase.USER,
                "--adsync.database.password=" + FreshDatabase.PASSWORD,
                "--adsync.encryption-key=" + AdsSyncAppTest.ENCRYPTION_KEY,
                "--adsync.admin.username=" + AdsSyncAppTest.ADMIN_USERNAME,
                "--adsync.admin.password=" + AdsSyncAppTest.ADMIN_PASSWORD,
                "--adsync.sandbox.port=" + sandboxPort,
                "--adsync.jobs.scheduler.enabled=false",
                "--server.port=0"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return SpringApplication.run(AdsSyncApplication.class, all);
    }

    private static long adsSettingsRows(ConfigurableApplicationContext app) {
        return JdbcClient.create(app.getBean(DataSource.class))
                .sql("select count(*) from settings where key = 'amazon_ads'").query(Long.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
