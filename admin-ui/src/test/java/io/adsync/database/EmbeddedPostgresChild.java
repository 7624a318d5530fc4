package io.adsync.database;

import java.nio.file.Path;

/**
 * A separate JVM that runs the embedded PostgreSQL on a directory until it is killed, standing in
 * for an application stopped with kill -9.
 */
public final class EmbeddedPostgresChild {

    static final String READY = "EMBEDDED-POSTGRES-READY";

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer.start(Path.of(args[0]));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
