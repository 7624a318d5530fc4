package io.adsync.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void turnsAHerokuOrNeonUrlIntoJdbcKeepingItsParameters() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgres://alice:s3cret@ep-cool-1234.eu-central-1.aws.neon.tech:5433/adsync?sslmode=require"
                        + "&channel_binding=require", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://ep-cool-1234.eu-central-1.aws.neon.tech:5433/adsync"
                + "?sslmode=require&channel_binding=require");
        assertThat(url.username()).isEqualTo("alice");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void acceptsThePostgresqlSchemeAndAUrlWithoutPort() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://bob@db.internal/ads", "", "");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal/ads");
        assertThat(url.username()).isEqualTo("bob");
        assertThat(url.password()).isNull();
    }

    @Test
    void decodesPercentEncodedCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%40ss%3Aw%2Frd+x@localhost:5432/db", null, null);

        assertThat(url.username()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p@ss:w/rd+x");
    }

    @Test
    void takesAJdbcUrlAsItIs() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/adsync?sslmode=disable", "carol",
                "pw");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/adsync?sslmode=disable");
        assertThat(url.username()).isEqualTo("carol");
        assertThat(url.password()).isEqualTo("pw");
    }

    @Test
    void separateUsernameAndPasswordWinOverTheUrls() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://alice:old@host/db", "dave", "new");

        assertThat(url.username()).isEqualTo("dave");
        assertThat(url.password()).isEqualTo("new");
    }

    @Test
    void refusesOtherSchemesInPlainWords() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:pw@host/db", null, null))
                .isInstanceOf(InvalidDatabaseUrlException.class)
                .hasMessage("DATABASE_URL must start with jdbc:postgresql://, postgres:// or postgresql://");
    }

    @Test
    void refusesAUrlWithoutDatabaseOrHost() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://alice:pw@host:5432", null, null))
                .hasMessageContaining("names no database");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres:///db", null, null))
                .hasMessageContaining("names no host");
    }

    @Test
    void neverRepeatsThePasswordOfAMalformedUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://alice:pa ss#word@host/db", null, null))
                .isInstanceOf(InvalidDatabaseUrlException.class)
                .hasMessageContaining("percent-encoded")
                .hasMessageNotContaining("pa ss");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseUrl.parse("postgres://alice:s3cret@host/db", null, null).toString())
                .doesNotContain("s3cret");
    }
}
