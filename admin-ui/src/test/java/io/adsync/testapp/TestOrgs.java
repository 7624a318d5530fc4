package io.adsync.testapp;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Organizations made for one test, so it starts from an org with nothing saved. */
public final class TestOrgs {

    private TestOrgs() {
    }

    public static long create(JdbcClient jdbc) {
        return jdbc.sql("insert into organizations (name) values ('test org') returning id")
                .query(Long.class)
                .single();
    }
}
