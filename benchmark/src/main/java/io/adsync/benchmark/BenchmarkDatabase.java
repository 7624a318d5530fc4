package io.adsync.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the local PostgreSQL for one run ({@code adsync_bench_<random>}), dropped
 * at the end, so every figure starts from the same empty schema and nothing is left behind.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final BenchmarkOptions options;
    private final String name;
    private final String url;

    private BenchmarkDatabase(BenchmarkOptions options, String name) {
        this.options = options;
        this.name = name;
        this.url = options.postgresUrl().substring(0, options.postgresUrl().lastIndexOf('/') + 1) + name;
    }

    static BenchmarkDatabase create(BenchmarkOptions options) {
        String name = "adsync_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        BenchmarkDatabase database = new BenchmarkDatabase(options, name);
        database.onServer("create database " + name);
        return database;
    }

    String url() {
        return url;
    }

    String name() {
        return name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, options.postgresUser(), options.postgresPassword());
    }

    @Override
    public void close() {
        onServer("drop database if exists " + name + " with (force)");
    }

    private void onServer(String sql) {
        try (Connection connection = DriverManager.getConnection(options.postgresUrl(), options.postgresUser(),
                options.postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + options.postgresUrl()
                    + " (is PostgreSQL running?): " + e.getMessage(), e);
        }
    }
}
