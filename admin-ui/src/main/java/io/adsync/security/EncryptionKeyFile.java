package io.adsync.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

import io.adsync.settings.EncryptionKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings key of an embedded-database installation that set no {@code CONFIG_ENCRYPTION_KEY}:
 * generated once into {@code APP_DATA_DIR/encryption.key}, readable by the owner only, and reused on
 * every start, so the data directory is self-contained.
 */
final class EncryptionKeyFile {

    static final String NAME = "encryption.key";

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EncryptionKeyFile() {
    }

    static EncryptionKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return EncryptionKey.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key file " + file.toAbsolutePath(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            // created with owner-only permissions from the start: never readable by others, not even briefly
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, EncryptionKey.generate(new SecureRandom()).toBase64() + "\n", StandardCharsets.US_ASCII);
        log.warn("Generated the settings encryption key {} (CONFIG_ENCRYPTION_KEY is not set). Keep it with the "
                + "data directory: saved credentials cannot be read without it.", file.toAbsolutePath());
    }
}
