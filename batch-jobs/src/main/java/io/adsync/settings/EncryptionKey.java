package io.adsync.settings;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32-byte AES-256 key that encrypts the settings table ({@code CONFIG_ENCRYPTION_KEY}). Written
 * as base64 (44 characters) or as 64 hex characters.
 *
 * <p>A class rather than a record: a record's generated {@code toString} would print the key.
 */
public final class EncryptionKey {

    public static final int LENGTH = 32;

    /** What to tell a person whose key is missing or malformed. */
    public static final String HOW_TO_GENERATE = "generate one with: openssl rand -base64 32";

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final byte[] bytes;

    private EncryptionKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /**
     * @throws InvalidEncryptionKeyException when the text is neither 64 hex characters nor base64 of
     *                                       exactly 32 bytes (the message never repeats the text)
     */
    public static EncryptionKey parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (HEX.matcher(trimmed).matches()) {
            return new EncryptionKey(HexFormat.of().parseHex(trimmed));
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidEncryptionKeyException("CONFIG_ENCRYPTION_KEY is neither base64 nor 64 hex characters");
        }
        if (decoded.length != LENGTH) {
            throw new InvalidEncryptionKeyException("CONFIG_ENCRYPTION_KEY must be " + LENGTH + " bytes, it is "
                    + decoded.length + " bytes");
        }
        return new EncryptionKey(decoded);
    }

    public static EncryptionKey generate(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new EncryptionKey(bytes);
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    SecretKey secretKey() {
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public String toString() {
        return "EncryptionKey[••••]";
    }
}
