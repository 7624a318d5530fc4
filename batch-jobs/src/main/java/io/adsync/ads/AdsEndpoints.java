package io.adsync.ads;

import org.springframework.stereotype.Component;

/**
 * The token URL and API base URL of a region. {@code adsync.amazon.token-url} / {@code api-url}
 * ({@code AMAZON_ADS_TOKEN_URL} / {@code AMAZON_ADS_API_URL}) win over the region's defaults, so a proxy or a test
 * server can stand in for Amazon.
 */
@Component
public class AdsEndpoints {

    /** The sandbox serves Login-with-Amazon under this path of its base URL, as Amazon's token hosts do. */
    static final String TOKEN_PATH = "/auth/o2/token";

    private final AdsClientProperties properties;

    public AdsEndpoints(AdsClientProperties properties) {
        this.properties = properties;
    }

    /**
     * @throws AdsApiException for SANDBOX when the application has not started the sandbox and no override is set
     */
    public Endpoints resolve(AdsRegion region) {
        Endpoints defaults = switch (region) {
            case NA -> new Endpoints("https://api.amazon.com/auth/o2/token", "https://advertising-api.amazon.com");
            case EU -> new Endpoints("https://api.amazon.co.uk/auth/o2/token",
                    "https://advertising-api-eu.amazon.com");
            case FE -> new Endpoints("https://api.amazon.co.jp/auth/o2/token",
                    "https://advertising-api-fe.amazon.com");
            case SANDBOX -> sandbox();
        };
        return new Endpoints(
                isSet(properties.tokenUrl()) ? properties.tokenUrl().strip() : defaults.tokenUrl(),
                withoutTrailingSlash(isSet(properties.apiUrl()) ? properties.apiUrl().strip() : defaults.apiUrl()));
    }

    private Endpoints sandbox() {
        String base = properties.sandboxUrl();
        if (!isSet(base)) {
            if (isSet(properties.tokenUrl()) && isSet(properties.apiUrl())) {
                // both overrides win anyway; nothing of the sandbox is needed
                return new Endpoints(properties.tokenUrl(), properties.apiUrl());
            }
            throw new AdsApiException("The region SANDBOX needs the built-in sandbox, which is not running in "
                    + "this application. Choose the region NA, EU or FE in the Amazon Ads settings.");
        }
        String api = withoutTrailingSlash(base.strip());
        return new Endpoints(api + TOKEN_PATH, api);
    }

    // empty environment variables (AMAZON_ADS_API_URL=) bind as "", which means "not set"
    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * @param tokenUrl Login-with-Amazon token endpoint (full URL)
     * @param apiUrl   Ads API base URL without a trailing slash, e.g. {@code https://advertising-api-eu.amazon.com}
     */
    public record Endpoints(String tokenUrl, String apiUrl) {
    }
}
