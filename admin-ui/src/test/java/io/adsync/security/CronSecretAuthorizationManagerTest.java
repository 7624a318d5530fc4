package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CronSecretAuthorizationManagerTest {

    private final CronSecretAuthorizationManager cron = new CronSecretAuthorizationManager("s3cret-token");

    @Test
    void admitsTheBearerToken() {
        assertThat(cron.matches("Bearer s3cret-token")).isTrue();
        assertThat(cron.matches("bearer s3cret-token")).isTrue();
    }

    @Test
    void refusesAnyOtherToken() {
        assertThat(cron.matches(null)).isFalse();
        assertThat(cron.matches("Bearer s3cret-toke")).isFalse();
        assertThat(cron.matches("Bearer s3cret-token2")).isFalse();
        assertThat(cron.matches("Bearer ")).isFalse();
        assertThat(cron.matches("Basic s3cret-token")).isFalse();
        assertThat(cron.matches("s3cret-token")).isFalse();
    }

    @Test
    void withoutAConfiguredSecretRefusesEverything() {
        for (String unset : new String[] {null, "", "   "}) {
            CronSecretAuthorizationManager closed = new CronSecretAuthorizationManager(unset);

            assertThat(closed.matches("Bearer ")).isFalse();
            assertThat(closed.matches("Bearer " + unset)).isFalse();
            assertThat(closed.matches("Bearer anything")).isFalse();
        }
    }
}
