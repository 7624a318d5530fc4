package io.adsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerSecretAuthorizationManagerTest {

    private final BearerSecretAuthorizationManager cron = new BearerSecretAuthorizationManager("s3cret-token");

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
            BearerSecretAuthorizationManager closed = new BearerSecretAuthorizationManager(unset);

            assertThat(closed.matches("Bearer ")).isFalse();
            assertThat(closed.matches("Bearer " + unset)).isFalse();
            assertThat(closed.matches("Bearer anything")).isFalse();
        }
    }
}
