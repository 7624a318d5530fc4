package io.adsync.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A downloaded report file as the load step sees a download: every {@link #getInputStream()} opens
 * it afresh and gunzips while streaming (with the client's 64 KiB inflater buffer).
 */
final class GzipFileResource extends AbstractResource {

    private final Path file;

    GzipFileResource(Path file) {
        this.file = file;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16);
    }

    @Override
    public boolean exists() {
        return Files.exists(file);
    }

    @Override
    public String getDescription() {
        return "report file " + file;
    }
}
