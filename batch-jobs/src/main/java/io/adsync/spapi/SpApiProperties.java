package io.adsync.spapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Selling Partner API client connects ({@code adsync.amazon.*}, beside the Ads client's settings).
 *
 * @param spApiUrl      overrides every region's SP-API host ({@code SP_API_URL}); blank means the region's own
 * @param spApiTokenUrl overrides the Login-with-Amazon token URL of SP-API calls ({@code SP_API_TOKEN_URL})
 * @param sandboxUrl    base URL of the built-in sandbox, set by the application when it starts it; it serves the
 *                      SANDBOX region of the SP-API too
 */
@ConfigurationProperties("adsync.amazon")
public record SpApiProperties(String spApiUrl, String spApiTokenUrl, String sandboxUrl) {
}
