package io.adsync.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations table: each org has its own settings, data and job runs. */
@Repository
public class Organizations {

    private final JdbcClient jdbc;

    public Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long orgId) {
        return jdbc.sql("select exists (select 1 from organizations where id = :id)")
                .param("id", orgId)
                .query(Boolean.class)
                .single();
    }
}
