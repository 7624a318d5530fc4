package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is left on disk when the application dies without shutting down, and how the next start copes. */
class OrphanedPostgresTest {

    @TempDir
    Path directory;

    @Test
    void theNextStartStopsAPostgresqlLeftRunningByAKilledProcess() throws Exception {
        Process child = startChild();
        awaitReady(child);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle orphan = postmaster().orElseThrow();
        assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
             ResultSet result = connection.createStatement().executeQuery("select 1")) {
            assertThat(result.next()).isTrue();
            assertThat(orphan.isAlive()).isFalse();
        }
    }

    @Test
    void aSecondServerOnADirectoryInUseIsRefusedInPlainWords() throws Exception {
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(directory)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another running Amazon Ads Sync uses the data directory");
        }
    }

    private Process startChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static void awaitReady(Process child) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while ((line = output.readLine()) != null) {
            if (line.contains(EmbeddedPostgresChild.READY)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        child.destroyForcibly();
        throw new AssertionError("the child JVM did not start PostgreSQL");
    }

    private Optional<ProcessHandle> postmaster() throws Exception {
        String pid = Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip();
        return ProcessHandle.of(Long.parseLong(pid));
    }
}
