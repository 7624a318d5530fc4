package io.adsync.spapi;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import io.adsync.ads.AdsRegion;

/**
 * The Amazon marketplaces, with the SP-API region that serves each and the time zone its days are counted in
 * (Sales and Traffic days are the marketplace's days).
 */
public enum SpApiMarketplace {

    US("ATVPDKIKX0DER", AdsRegion.NA, "America/Los_Angeles"),
    CA("A2EUQ1WTGCTBG2", AdsRegion.NA, "America/Los_Angeles"),
    MX("A1AM78C64UM0Y8", AdsRegion.NA, "America/Los_Angeles"),
    BR("A2Q3Y263D00KWC", AdsRegion.NA, "America/Sao_Paulo"),
    GB("A1F83G8C2ARO7P", AdsRegion.EU, "Europe/London"),
    DE("A1PA6795UKMFR9", AdsRegion.EU, "Europe/Berlin"),
    FR("A13V1IB3VIYZZH", AdsRegion.EU, "Europe/Paris"),
    IT("APJ6JRA9NG5V4", AdsRegion.EU, "Europe/Rome"),
    ES("A1RKKUPIHCS9HS", AdsRegion.EU, "Europe/Madrid"),
    NL("A1805IZSGTT6HS", AdsRegion.EU, "Europe/Amsterdam"),
    SE("A2NODRKZP88ZB9", AdsRegion.EU, "Europe/Stockholm"),
    PL("A1C3SOZRARQ6R3", AdsRegion.EU, "Europe/Warsaw"),
    BE("AMEN7PMS3EDWL", AdsRegion.EU, "Europe/Brussels"),
    TR("A33AVAJ2PDY3EV", AdsRegion.EU, "Europe/Istanbul"),
    AE("A2VIGQ35RCS4UG", AdsRegion.EU, "Asia/Dubai"),
    SA("A17E79C6D8DWNP", AdsRegion.EU, "Asia/Riyadh"),
    EG("ARBP9OOSHTCHU", AdsRegion.EU, "Africa/Cairo"),
    IN("A21TJRUUN4KGV", AdsRegion.EU, "Asia/Kolkata"),
    JP("A1VC38T7YXB528", AdsRegion.FE, "Asia/Tokyo"),
    AU("A39IBJ37TRP1C6", AdsRegion.FE, "Australia/Sydney"),
    SG("A19VAU5U5O7RUS", AdsRegion.FE, "Asia/Singapore");

    private final String id;
    private final AdsRegion region;
    private final ZoneId zone;

    SpApiMarketplace(String id, AdsRegion region, String zone) {
        this.id = id;
        this.region = region;
        this.zone = ZoneId.of(zone);
    }

    public String id() {
        return id;
    }

    public AdsRegion region() {
        return region;
    }

    public ZoneId zone() {
        return zone;
    }

    public static Optional<SpApiMarketplace> byId(String marketplaceId) {
        return Arrays.stream(values()).filter(marketplace -> marketplace.id.equals(marketplaceId)).findFirst();
    }
}
