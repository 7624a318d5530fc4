package io.adsync.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The ceiling: the report's rows, already in COPY text in memory, COPYed straight into its type's
 * empty table (same table, same indexes) in one statement. No parsing, no conflict handling.
 */
final class RawCopy {

    private static final int BLOCK = 1 << 20;

    private RawCopy() {
    }

    static Duration copy(BenchmarkDatabase database, GeneratedReport report) throws Exception {
        List<byte[]> blocks = read(report);
        try (Connection connection = database.connect()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(TableColumns.of(report.type()).copy());
            long started = System.nanoTime();
            for (byte[] block : blocks) {
                copy.writeToCopy(block, 0, block.length);
            }
            long copied = copy.endCopy();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            if (copied != report.rows()) {
                throw new IllegalStateException("COPY stored " + copied + " rows, the report has " + report.rows());
            }
            return elapsed;
        }
    }

    private static List<byte[]> read(GeneratedReport report) throws IOException {
        List<byte[]> blocks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(report.copyText())) {
            byte[] block;
            while ((block = in.readNBytes(BLOCK)).length > 0) {
                blocks.add(block);
            }
        }
        return blocks;
    }
}
