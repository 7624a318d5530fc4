package io.adsync.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class EncryptionKeyTest {

    private static final byte[] BYTES = new byte[32];

    static {
        for (int i = 0; i < BYTES.length; i++) {
            BYTES[i] = (byte) (i * 7 + 3);
        }
    }

    @Test
    void acceptsBase64AndHexOfTheSameKeyAsTheSameKey() {
        EncryptionKey fromBase64 = EncryptionKey.parse(Base64.getEncoder().encodeToString(BYTES));
        EncryptionKey fromHex = EncryptionKey.parse(HexFormat.of().formatHex(BYTES).toUpperCase());

        String stored = new SettingsCipher(fromBase64).encrypt("x");

        assertThat(new SettingsCipher(fromHex).decrypt(stored)).isEqualTo("x");
        assertThat(fromHex.toBase64()).isEqualTo(Base64.getEncoder().encodeToString(BYTES));
    }

    @Test
    void ignoresSurroundingWhitespaceAsInAKeyFileOrAnEnvironmentVariable() {
        EncryptionKey key = EncryptionKey.parse("  " + Base64.getEncoder().encodeToString(BYTES) + "\n");

        assertThat(key.toBase64()).isEqualTo(Base64.getEncoder().encodeToString(BYTES));
    }

    @Test
    void refusesKeysOfTheWrongLengthSayingHowToMakeOne() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> EncryptionKey.parse(sixteenBytes))
                .isInstanceOf(InvalidEncryptionKeyException.class)
                .hasMessageContaining("must be 32 bytes, it is 16 bytes")
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageNotContaining(sixteenBytes);
    }

    @Test
    void refusesTextThatIsNeitherBase64NorHex() {
        assertThatThrownBy(() -> EncryptionKey.parse("correct horse battery staple"))
                .isInstanceOf(InvalidEncryptionKeyException.class)
                .hasMessageContaining("neither base64 nor 64 hex characters")
                .hasMessageNotContaining("horse");
    }

    @Test
    void neverPrintsItself() {
        EncryptionKey key = EncryptionKey.generate(new SecureRandom());

        assertThat(key.toString()).doesNotContain(key.toBase64());
    }
}
