package io.adsync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/** What the figures were measured on, printed with them. */
record Machine(String cpu, int cores, long memoryMb, String java, String postgres) {

    static Machine describe(BenchmarkDatabase database) throws SQLException {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), serverOf(database));
    }

    @Override
    public String toString() {
        return cpu + ", " + cores + " cores, " + memoryMb + " MB RAM; " + java + "; " + postgres;
    }

    private static String cpuModel() {
        return linesOf("/proc/cpuinfo").filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    private static long totalMemoryMb() {
        return linesOf("/proc/meminfo").filter(line -> line.startsWith("MemTotal"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    private static Stream<String> linesOf(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String serverOf(BenchmarkDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            String version;
            try (ResultSet rs = statement.executeQuery("show server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            try (ResultSet rs = statement.executeQuery("select current_setting('shared_buffers'),"
                    + " current_setting('synchronous_commit'), current_setting('max_wal_size')")) {
                rs.next();
                return "PostgreSQL " + version + " on loopback (shared_buffers " + rs.getString(1)
                        + ", synchronous_commit " + rs.getString(2) + ", max_wal_size " + rs.getString(3) + ")";
            }
        }
    }
}
