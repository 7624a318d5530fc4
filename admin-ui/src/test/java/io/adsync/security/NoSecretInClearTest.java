package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestOrgs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Like reading a pg_dump: after credentials went through the API, no table holds any secret in clear,
 * and the log does not either.
 */
@AdsSyncAppTest
@ExtendWith(OutputCaptureExtension.class)
class NoSecretInClearTest {

    private static final List<String> SECRETS = List.of("ads-client-secret-Q7xZ", "Atzr|ads-refresh-W3kP",
            "sp-client-secret-M2nB", "Atzr|sp-refresh-R8tY");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void savedSecretsAppearInNoTableAndNoLogLine(CapturedOutput output) {
        long org = TestOrgs.create(jdbc);
        TestHttp http = new TestHttp(port);
        TestHttp.Response saved = http.postJson("/api/settings?orgId=" + org, """
                {"amazon_ads": {"client_id": "amzn1.application-oa2-client.x", "client_secret": "%s",
                                "refresh_token": "%s", "profile_id": "366822873177837", "region": "SANDBOX"},
                 "amazon": {"client_id": "amzn1.application-oa2-client.y", "client_secret": "%s",
                            "refresh_token": "%s", "marketplace_id": "A1F83G8C2ARO7P"}}"""
                .formatted(SECRETS.toArray()), "Authorization", TestHttp.admin());
        assertThat(saved.status()).isEqualTo(200);
        http.get("/api/settings?orgId=" + org, "Authorization", TestHttp.admin());
        http.get("/api/test/amazon-ads?orgId=" + org, "Authorization", TestHttp.admin());

        String dump = everyRowOfEveryTable();

        assertThat(dump).as("the settings rows are in the dump").contains("amazon_ads");
        for (String secret : SECRETS) {
            assertThat(dump).as("tables").doesNotContain(secret);
            assertThat(output.getAll()).as("log").doesNotContain(secret);
        }
        assertThat(output.getAll()).doesNotContain(AdsSyncAppTest.ADMIN_PASSWORD)
                .doesNotContain(AdsSyncAppTest.ENCRYPTION_KEY);
    }

    private String everyRowOfEveryTable() {
        StringBuilder dump = new StringBuilder();
        List<String> tables = jdbc.sql("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'""")
                .query(String.class).list();
        for (String table : tables) {
            // the row's text form, as pg_dump would write it
            jdbc.sql("select t::text from " + table + " t").query(String.class).list()
                    .forEach(row -> dump.append(table).append(' ').append(row).append('\n'));
        }
        return dump.toString();
    }
}
