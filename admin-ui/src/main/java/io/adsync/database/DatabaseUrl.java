package io.adsync.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the external PostgreSQL is, as pgjdbc wants it. {@code DATABASE_URL} may be a JDBC URL or a
 * {@code postgres://user:pass@host:port/db?sslmode=require} URL as Neon, Heroku and others hand it out;
 * query parameters such as {@code sslmode} are kept.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://...} without credentials (unless the JDBC URL given had them)
 * @param username from {@code DATABASE_USERNAME}, else from the URL; may be null
 * @param password from {@code DATABASE_PASSWORD}, else from the URL; may be null
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    /**
     * @param url      {@code DATABASE_URL}
     * @param username {@code DATABASE_USERNAME}; when set it wins over a user in the URL
     * @param password {@code DATABASE_PASSWORD}; when set it wins over a password in the URL
     * @throws InvalidDatabaseUrlException in plain words, never repeating the URL (it may hold a password)
     */
    public static DatabaseUrl parse(String url, String username, String password) {
        String text = url == null ? "" : url.strip();
        if (text.startsWith(JDBC_PREFIX)) {
            return new DatabaseUrl(text, blankToNull(username), blankToNull(password));
        }
        if (!text.startsWith("postgres://") && !text.startsWith("postgresql://")) {
            throw new InvalidDatabaseUrlException("DATABASE_URL must start with jdbc:postgresql://, postgres:// or "
                    + "postgresql://");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidDatabaseUrlException("DATABASE_URL is not a valid URL; characters such as @ / : # ? in "
                    + "the user name or password must be percent-encoded");
        }
        if (uri.getHost() == null) {
            throw new InvalidDatabaseUrlException("DATABASE_URL names no host; expected "
                    + "postgres://user:password@host:port/database");
        }
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (database.isEmpty()) {
            throw new InvalidDatabaseUrlException("DATABASE_URL names no database; expected "
                    + "postgres://user:password@host:port/database");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() != -1) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append('/').append(database);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        String urlUser = null;
        String urlPassword = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            urlUser = decode(parts[0]);
            urlPassword = parts.length == 2 ? decode(parts[1]) : null;
        }
        return new DatabaseUrl(jdbc.toString(),
                firstSet(username, urlUser),
                firstSet(password, urlPassword));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String firstSet(String preferred, String fallback) {
        return blankToNull(preferred) != null ? preferred : blankToNull(fallback);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String toString() {
        return "DatabaseUrl[jdbcUrl=" + jdbcUrl + ", username=" + username + ", password="
                + (password == null ? null : "••••") + "]";
    }
}
