package io.adsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /v2/profiles}: the advertiser's profiles, where the client learns each profile's time zone. */
final class ProfilesEndpoint implements HttpHandler {

    static final String PATH = "/v2/profiles";

    private final ApiGate gate;

    ProfilesEndpoint(ApiGate gate) {
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        SandboxHttp.requireMethod(exchange, "GET");
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            throw HttpFailure.api(404, "Not Found");
        }
        gate.admit(exchange, ApiCall.PROFILES);
        List<Map<String, Object>> profiles = SandboxAccounts.profiles().stream().map(ProfilesEndpoint::json).toList();
        SandboxHttp.sendJson(exchange, 200, SandboxHttp.JSON, profiles);
    }

    private static Map<String, Object> json(SandboxProfile profile) {
        Map<String, Object> accountInfo = new LinkedHashMap<>();
        accountInfo.put("marketplaceStringId", profile.marketplaceStringId());
        accountInfo.put("id", profile.accountId());
        accountInfo.put("type", profile.accountType());
        accountInfo.put("name", profile.accountName());
        accountInfo.put("validPaymentMethod", true);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("profileId", profile.profileId());
        json.put("countryCode", profile.countryCode());
        json.put("currencyCode", profile.currencyCode());
        json.put("dailyBudget", profile.dailyBudget());
        json.put("timezone", profile.timezone());
        json.put("accountInfo", accountInfo);
        return json;
    }
}
