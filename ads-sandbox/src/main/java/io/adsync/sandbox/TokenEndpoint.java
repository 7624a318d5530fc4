package io.adsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Login-with-Amazon's {@code POST /auth/o2/token} for the refresh-token grant, with its two answers that matter to a
 * client: 401 invalid_client for a wrong client id or secret, 400 invalid_grant for a wrong refresh token.
 */
final class TokenEndpoint implements HttpHandler {

    static final String PATH = "/auth/o2/token";

    private final AccessTokens tokens;
    private final SandboxStats stats;

    TokenEndpoint(AccessTokens tokens, SandboxStats stats) {
        this.tokens = tokens;
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            throw HttpFailure.api(404, "Not Found");
        }
        SandboxHttp.requireMethod(exchange, "POST");
        stats.recordTokenCall();
        Map<String, String> form = SandboxHttp.decodeForm(new String(SandboxHttp.readBody(exchange),
                StandardCharsets.UTF_8));
        if (!"refresh_token".equals(form.get("grant_type"))) {
            throw oauthError(400, "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server");
        }
        if (!SandboxAccounts.CLIENT_ID.equals(form.get("client_id"))
                || !SandboxAccounts.CLIENT_SECRET.equals(form.get("client_secret"))) {
            throw oauthError(401, "invalid_client", "Client authentication failed");
        }
        if (!SandboxAccounts.REFRESH_TOKEN.equals(form.get("refresh_token"))) {
            throw oauthError(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issue());
        body.put("refresh_token", SandboxAccounts.REFRESH_TOKEN);
        body.put("token_type", "bearer");
        body.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        SandboxHttp.sendJson(exchange, 200, "application/json;charset=UTF-8", body);
    }

    private static HttpFailure oauthError(int status, String error, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return HttpFailure.json(status, body);
    }
}
