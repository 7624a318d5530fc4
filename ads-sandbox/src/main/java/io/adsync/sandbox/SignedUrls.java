package io.adsync.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pre-signed download URLs like S3's: whoever holds the URL may download until it expires, without any other
 * credential, and changing the report id or the expiry breaks the signature. The key is random per sandbox run.
 */
final class SignedUrls {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key = new byte[32];

    SignedUrls() {
        new SecureRandom().nextBytes(key);
    }

    /** The path and query of the download, to append to the base URL. */
    String sign(String reportId, long expiresEpochSecond) {
        return DownloadEndpoint.PATH_PREFIX + reportId + "?expires=" + expiresEpochSecond + "&signature="
                + signature(reportId, expiresEpochSecond);
    }

    boolean verify(String reportId, long expiresEpochSecond, String signature) {
        byte[] expected = signature(reportId, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII);
        // constant-time comparison, as a signature check should be
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String reportId, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal((reportId + "\n" + expiresEpochSecond)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
