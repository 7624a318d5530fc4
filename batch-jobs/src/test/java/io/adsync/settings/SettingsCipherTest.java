package io.adsync.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SettingsCipherTest {

    private final EncryptionKey key = EncryptionKey.generate(new SecureRandom());
    private final SettingsCipher cipher = new SettingsCipher(key);

    @Test
    void decryptsWhatItEncrypted() {
        String json = "{\"client_secret\":\"très secret ✓\"}";

        assertThat(cipher.decrypt(cipher.encrypt(json))).isEqualTo(json);
    }

    @Test
    void storesBase64OfA12ByteIvFollowedByCiphertextAndA16ByteTag() {
        String plaintext = "0123456789";

        byte[] stored = Base64.getDecoder().decode(cipher.encrypt(plaintext));

        assertThat(stored).hasSize(12 + plaintext.length() + 16);
    }

    @Test
    void encryptingTheSameValueTwiceGivesDifferentCiphertexts() {
        String first = cipher.encrypt("same settings");
        String second = cipher.encrypt("same settings");

        assertThat(first).isNotEqualTo(second);
        assertThat(iv(first)).isNotEqualTo(iv(second));
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
    }

    private static byte[] iv(String stored) {
        return Arrays.copyOf(Base64.getDecoder().decode(stored), 12);
    }

    @Test
    void aValueSavedUnderAnotherKeyFailsWithAClearMessage() {
        String stored = new SettingsCipher(EncryptionKey.generate(new SecureRandom())).encrypt("{\"a\":1}");

        assertThatThrownBy(() -> cipher.decrypt(stored))
                .isInstanceOf(SettingsDecryptionException.class)
                .hasMessageStartingWith(
                        "cannot decrypt settings: CONFIG_ENCRYPTION_KEY differs from the key they were saved with");
    }

    @Test
    void aTamperedValueIsRefusedRatherThanDecryptedToSomethingElse() {
        byte[] stored = Base64.getDecoder().decode(cipher.encrypt("{\"profile_id\":1}"));
        stored[stored.length - 20] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(stored)))
                .isInstanceOf(SettingsDecryptionException.class);
    }

    @Test
    void garbageInTheTableIsRefusedWithTheSameMessage() {
        assertThatThrownBy(() -> cipher.decrypt("not base64 at all!"))
                .isInstanceOf(SettingsDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("AAAA"))
                .isInstanceOf(SettingsDecryptionException.class);
    }
}
