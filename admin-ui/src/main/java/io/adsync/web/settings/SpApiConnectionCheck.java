package io.adsync.web.settings;

import java.net.URI;

import io.adsync.ads.AccessToken;
import io.adsync.ads.AdsApiException;
import io.adsync.ads.AdsAuthenticationException;
import io.adsync.ads.AdsUnavailableException;
import io.adsync.settings.AmazonSpApiSettings;
import io.adsync.spapi.SpApiClient;
import io.adsync.spapi.SpApiCredentials;
import io.adsync.spapi.SpApiEndpoints;
import org.springframework.stereotype.Component;

/**
 * "Test connection" of the SP-API section: the sales job's own client exchanges the saved refresh token at Login
 * with Amazon, the step every SP-API call starts with, so the test passes exactly when the job can authenticate
 * (the same token endpoint, {@code SP_API_TOKEN_URL}, the sandbox in embedded mode). Amazon's words come through
 * the shared redaction: no secret or token is ever shown.
 */
@Component
public class SpApiConnectionCheck {

    private final SpApiClient client;
    private final SpApiEndpoints endpoints;

    public SpApiConnectionCheck(SpApiClient client, SpApiEndpoints endpoints) {
        this.client = client;
        this.endpoints = endpoints;
    }

    public SpApiConnectionResult check(AmazonSpApiSettings settings) {
        SpApiCredentials credentials;
        try {
            credentials = SpApiCredentials.of(settings);
        } catch (AdsApiException e) {
            return SpApiConnectionResult.failed(e.getMessage());
        }
        try {
            AccessToken token = client.accessToken(credentials);
            return SpApiConnectionResult.connected(token.expiresIn());
        } catch (AdsUnavailableException e) {
            String host = URI.create(endpoints.resolve(credentials.region()).tokenUrl()).getHost();
            return SpApiConnectionResult.failed("Login with Amazon (" + host + ") cannot be reached from this server: "
                    + e.getMessage());
        } catch (AdsAuthenticationException e) {
            return SpApiConnectionResult.failed("Login with Amazon refused the SP-API credentials: " + e.getMessage());
        } catch (AdsApiException e) {
            return SpApiConnectionResult.failed(e.getMessage());
        }
    }
}
