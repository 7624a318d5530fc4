package io.adsync.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context a brand-new database on the real PostgreSQL server of the machine
 * (127.0.0.1:5432 unless {@code TEST_POSTGRES_URL} says otherwise), so tests never see each other's
 * rows and migrations always run on an empty database. The database is dropped when the context
 * closes (at the latest when the test JVM exits), after its connection pool.
 *
 * <p>Use with {@code @ContextConfiguration(initializers = FreshDatabase.class)} or
 * {@code @SpringBootTest} plus {@code @ContextConfiguration}. Tests that {@link #create()} a database
 * themselves {@link #drop} it.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SERVER_URL = System.getenv().getOrDefault(
            "TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

    static final String BEAN_NAME = "freshDatabase";
    private static final String PREFIX = "adsync_test_";

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
        RootBeanDefinition dropOnClose = new RootBeanDefinition(Dropper.class, () -> new Dropper(url));
        ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(BEAN_NAME, dropOnClose);
        // the pool is a dependent: the context closes it before the database is dropped
        context.getBeanFactory().registerDependentBean(BEAN_NAME, "dataSource");
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String create() {
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create database " + name);
        return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
    }

    /** Drops a database {@link #create()} made, also while connections to it are still open. */
    public static void drop(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.matches(PREFIX + "[0-9a-f]{16}")) {
            throw new IllegalArgumentException("not a test database: " + url);
        }
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + SERVER_URL
                    + " (is PostgreSQL running? pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
    }

    /** The context's handle on its database: dropping it is its destroy callback. */
    record Dropper(String url) implements DisposableBean {

        @Override
        public void destroy() {
            drop(url);
        }
    }
}
