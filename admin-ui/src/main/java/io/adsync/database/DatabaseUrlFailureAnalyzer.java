package io.adsync.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A malformed {@code DATABASE_URL} at start: say what is wrong and what the accepted forms are. */
public class DatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatabaseUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatabaseUrlException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set DATABASE_URL to postgres://user:password@host:5432/database?sslmode=require or to "
                        + "jdbc:postgresql://host:5432/database (credentials then in DATABASE_USERNAME and "
                        + "DATABASE_PASSWORD), or unset it to use the embedded PostgreSQL.",
                cause);
    }
}
