package io.adsync.sandbox;

import java.util.Arrays;
import java.util.List;

import io.adsync.ads.AdsRegion;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether this installation runs the built-in sandbox: {@code adsync.sandbox.enabled}
 * ({@code ADSYNC_SANDBOX_ENABLED}) when set, otherwise only with the embedded database. An installation
 * on the user's own PostgreSQL must never fill it with sandbox rows, so there the sandbox is opt-in.
 * A bean: pages that offer regions ask {@link #regions()}.
 */
public record SandboxMode(boolean enabled) {

    /** Decided from the environment alone: the sandbox has to start before the context is built. */
    public static SandboxMode of(Environment environment) {
        Boolean configured = Binder.get(environment)
                .bindOrCreate(EmbeddedSandboxProperties.PREFIX, EmbeddedSandboxProperties.class).enabled();
        if (configured != null) {
            return new SandboxMode(configured);
        }
        return new SandboxMode(!StringUtils.hasText(environment.getProperty("adsync.database.url")));
    }

    /** The regions a user may choose: SANDBOX only while the sandbox runs. */
    public List<AdsRegion> regions() {
        return Arrays.stream(AdsRegion.values())
                .filter(region -> enabled || region != AdsRegion.SANDBOX)
                .toList();
    }
}
