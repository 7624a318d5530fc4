package io.adsync.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context a brand-new database on the real PostgreSQL server of the machine
 * (127.0.0.1:5432 unless {@code TEST_POSTGRES_URL} says otherwise), so tests never see each other's
 * rows and migrations always run on an empty database.
 *
 * <p>Use with {@code @ContextConfiguration(initializers = FreshDatabase.class)} or
 * {@code @SpringBootTest} plus {@code @ContextConfiguration}.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SERVER_URL = System.getenv().getOrDefault(
            "TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = create();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "adsync.database.url", url,
                "adsync.database.username", USER,
                "adsync.database.password", PASSWORD)));
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String create() {
        String name = "adsync_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + SERVER_URL
                    + " (is PostgreSQL running? pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
        return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
    }
}
