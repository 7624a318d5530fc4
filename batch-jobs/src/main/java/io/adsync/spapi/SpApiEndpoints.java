package io.adsync.spapi;

import io.adsync.ads.AdsApiException;
import io.adsync.ads.AdsRegion;
import org.springframework.stereotype.Component;

/**
 * The Login-with-Amazon token URL and SP-API host of a region. Login with Amazon is global for the SP-API
 * ({@code api.amazon.com}); the hosts are regional. {@code SP_API_URL} / {@code SP_API_TOKEN_URL} win over both,
 * and the SANDBOX region is the built-in sandbox.
 */
@Component
public class SpApiEndpoints {

    static final String TOKEN_PATH = "/auth/o2/token";
    private static final String TOKEN_URL = "https://api.amazon.com/auth/o2/token";

    private final SpApiProperties properties;

    public SpApiEndpoints(SpApiProperties properties) {
        this.properties = properties;
    }

    public Endpoints resolve(AdsRegion region) {
        Endpoints defaults = switch (region) {
            case NA -> new Endpoints(TOKEN_URL, "https://sellingpartnerapi-na.amazon.com");
            case EU -> new Endpoints(TOKEN_URL, "https://sellingpartnerapi-eu.amazon.com");
            case FE -> new Endpoints(TOKEN_URL, "https://sellingpartnerapi-fe.amazon.com");
            case SANDBOX -> sandbox();
        };
        return new Endpoints(isSet(properties.spApiTokenUrl()) ? properties.spApiTokenUrl().strip() : defaults.tokenUrl(),
                withoutTrailingSlash(isSet(properties.spApiUrl()) ? properties.spApiUrl().strip() : defaults.apiUrl()));
    }

    private Endpoints sandbox() {
        if (!isSet(properties.sandboxUrl())) {
            if (isSet(properties.spApiUrl()) && isSet(properties.spApiTokenUrl())) {
                return new Endpoints(properties.spApiTokenUrl(), properties.spApiUrl());
            }
            throw new AdsApiException("The SP-API settings name the built-in sandbox, which is not running in this "
                    + "application. Save your own SP-API credentials in the settings.");
        }
        String base = withoutTrailingSlash(properties.sandboxUrl().strip());
        return new Endpoints(base + TOKEN_PATH, base);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** @param apiUrl the SP-API host without a trailing slash, e.g. {@code https://sellingpartnerapi-eu.amazon.com} */
    public record Endpoints(String tokenUrl, String apiUrl) {
    }
}
