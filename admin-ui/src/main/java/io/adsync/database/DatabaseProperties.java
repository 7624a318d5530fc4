package io.adsync.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code adsync.database.*}: the external PostgreSQL ({@code DATABASE_URL}, {@code DATABASE_USERNAME},
 * {@code DATABASE_PASSWORD}). No URL means the embedded PostgreSQL under the data directory.
 */
@ConfigurationProperties("adsync.database")
public record DatabaseProperties(String url, String username, String password) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    public DatabaseUrl external() {
        return DatabaseUrl.parse(url, username, password);
    }
}
