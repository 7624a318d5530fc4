package io.adsync.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL (zonky's binaries) whose data directory persists across restarts, for running
 * without {@code DATABASE_URL}. The port is picked afresh at every start: only this process connects.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** zonky's lock file: held by the process that runs PostgreSQL on this directory. */
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code directory}, creating the cluster on first use.
     *
     * @throws IllegalStateException when another running application uses the same directory
     */
    public static EmbeddedPostgresServer start(Path directory) {
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // zonky tunes for throw-away test databases; this one holds the user's data
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    // zonky's own JVM shutdown hook would stop PostgreSQL while the application is still
                    // closing (its hook and Spring's run at the same time); the context closes it last
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(),
                    directory.toAbsolutePath());
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory.toAbsolutePath(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A process killed without shutting down (kill -9) leaves its PostgreSQL running, and a new one
     * would refuse to start on the same directory. If no live process holds the directory's lock, a
     * PostgreSQL still named in {@code postmaster.pid} is such an orphan: ask it to shut down.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (RandomAccessFile lockFile = new RandomAccessFile(directory.resolve(LOCK_FILE).toFile(), "rw");
             FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new IllegalStateException("Another running Amazon Ads Sync uses the data directory "
                        + directory.toAbsolutePath().getParent() + " (its embedded PostgreSQL is locked): stop it "
                        + "first, or give this one its own APP_DATA_DIR");
            }
            Optional<ProcessHandle> orphan = postmasterPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (orphan.isEmpty()) {
                return;
            }
            log.warn("Stopping the embedded PostgreSQL (pid {}) left running by a previous run that did not shut "
                    + "down", orphan.get().pid());
            orphan.get().destroy();
            orphan.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a leftover embedded PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A leftover embedded PostgreSQL in " + directory.toAbsolutePath()
                    + " did not stop within " + ORPHAN_SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand", e);
        }
    }

    /** Null when another process, or another server in this process, holds the lock. */
    private static FileLock tryLock(RandomAccessFile file) throws IOException {
        try {
            return file.getChannel().tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static Optional<Long> postmasterPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
