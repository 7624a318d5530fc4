package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.adsync.AdsSyncApplication;
import io.adsync.testapp.AdsSyncAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * SIGTERM while a collect is loading, as a container stop or Ctrl-C sends it, to the application
 * on its embedded PostgreSQL in a JVM of its own: the run stops after its current chunk, the
 * application closes, and only then does PostgreSQL stop. Its log shows no database error, and the
 * database holds exactly the rows of the chunks the job repository counts as committed.
 */
class GracefulShutdownTest {

    private static final String CRON_SECRET = "shutdown-test-cron-secret";
    /** An exception's class name, not Spring Batch's {@code exitException=null} field. */
    private static final Pattern EXCEPTION = Pattern.compile("Exception(?!=)");

    @TempDir
    Path dataDir;

    private Process app;

    @AfterEach
    void noChildLeft() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void sigtermStopsTheRunningCollectThenTheApplicationThenPostgresql() throws Exception {
        int port = freePort();
        Path log = dataDir.resolve("app.log");
        app = start(port, log);
        // the last thing a first start does: org 1 set up on the sandbox
        await().atMost(Duration.ofMinutes(2)).until(() -> read(log).contains("now uses the built-in sandbox"));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> request = http.send(cron(port, "/api/cron/amazon-ads-request"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(request.statusCode()).as(request.body()).isEqualTo(200);

        http.sendAsync(cron(port, "/api/cron/amazon-ads-collect"), HttpResponse.BodyHandlers.ofString());
        // one report loaded, the next ones to come
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> read(log).contains("Step: [loadReportStep:"));
        app.destroy();

        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("exited within 60 s of SIGTERM").isTrue();
        String output = read(log);
        assertThat(output).contains("Shutting down: stopping amazonAdsCollectJob")
                .containsPattern("Job: \\[SimpleJob: \\[name=amazonAdsCollectJob]] completed .* status: \\[STOPPED]");
        List<String> problems = output.lines()
                .filter(line -> line.contains(" ERROR ") || line.contains(" WARN ") || EXCEPTION.matcher(line).find())
                .toList();
        assertThat(problems).as("errors in the log:%n%s", output).isEmpty();
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).as("PostgreSQL shut down").doesNotExist();

        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(dataDir.resolve("postgres"))) {
            JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(),
                    database.jdbcUrl(), database.username(), ""));
            assertThat(jdbc.sql("""
                    select e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)
                    where i.job_name = 'amazonAdsCollectJob'""").query(String.class).list())
                    .as("stopped, so the next collect restarts it").containsExactly("STOPPED");
            long committed = jdbc.sql("""
                    select coalesce(sum(s.write_count), 0) from batch_step_execution s
                    join batch_job_execution e using (job_execution_id)
                    join batch_job_instance i using (job_instance_id)
                    where i.job_name = 'amazonAdsCollectJob' and s.step_name like 'loadReportStep:%'""")
                    .query(Long.class).single();
            long stored = jdbc.sql("select count(*) from amazon_sp_ads").query(Long.class).single();
            assertThat(stored).as("rows of the chunks the job repository counts as committed")
                    .isPositive().isEqualTo(committed);
        }
    }

    private Process start(int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // thirty one-day reports loaded a row per chunk: a collect that is surely mid-load at SIGTERM
        String lookback = IntStream.rangeClosed(1, 30).mapToObj(Integer::toString).collect(Collectors.joining(","));
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AdsSyncApplication.class.getName(),
                "--adsync.data-dir=" + dataDir,
                "--adsync.database.url=",
                "--adsync.encryption-key=" + AdsSyncAppTest.ENCRYPTION_KEY,
                "--adsync.admin.password=shutdown-test-admin",
                "--adsync.cron-secret=" + CRON_SECRET,
                "--adsync.jobs.scheduler.enabled=false",
                "--adsync.jobs.lookback-days=" + lookback,
                "--adsync.jobs.chunk-size=1",
                "--adsync.sandbox.report-delay=0s",
                "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static HttpRequest cron(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + "?orgId=1"))
                .header("Authorization", "Bearer " + CRON_SECRET).build();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
