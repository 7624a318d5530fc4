package io.adsync.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sales and traffic of the sandbox's seller, per marketplace and day, generated (never stored) from a hash of
 * marketplace, SKU and date, so a test can compute exactly what a Sales and Traffic document must hold.
 *
 * <p>Consistent with the Ads side: a day's total revenue is about three times the larger of that day's ad spend and
 * ad-attributed sales of the marketplace's advertising profile (as its campaigns report them once settled), so ad
 * sales never exceed total sales and the payout is positive. Sessions and page views of the last three days are
 * still arriving (40%, 65%, 85% of their final count on days 0, 1 and 2); sales are final at once. About one day in
 * twelve Amazon has nothing for (CANCELLED), as do days before its two years of retention and days not over yet.
 */
public final class SandboxSales {

    /** The SP-API keeps Sales and Traffic data two years. */
    static final int RETENTION_DAYS = 730;
    private static final double CANCELLED_SHARE = 1.0 / 12;
    private static final double[] SESSIONS_ARRIVED = {0.4, 0.65, 0.85};

    private final SandboxData ads;
    private volatile int skusPerMarketplace = 30;
    private volatile int caughtUpDays;
    private final Set<LocalDate> cancelledDays = ConcurrentHashMap.newKeySet();
    private final Set<LocalDate> dataDays = ConcurrentHashMap.newKeySet();

    SandboxSales(SandboxData ads) {
        this.ads = ads;
    }

    /** One SKU of a marketplace's catalogue. */
    public record Sku(String sku, String asin, String parentAsin, BigDecimal price) {
    }

    /**
     * One SKU's sales and traffic of a day.
     *
     * @param revenue {@code orderedProductSales.amount}
     */
    public record SkuDay(Sku sku, BigDecimal revenue, String currencyCode, long units, long totalOrderItems,
                         long sessions, long pageViews, BigDecimal buyBoxPercentage,
                         BigDecimal unitSessionPercentage) {
    }

    /** Catalogue size of every marketplace (tests make it large); the SKUs are the first n of a fixed sequence. */
    public SandboxSales skusPerMarketplace(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a marketplace sells at least one SKU");
        }
        skusPerMarketplace = n;
        return this;
    }

    /** Amazon answers CANCELLED for this day, whatever the hash says. */
    public SandboxSales cancel(LocalDate date) {
        cancelledDays.add(date);
        return this;
    }

    /** This day has data, whatever the hash says (tests that need a given day to load). */
    public SandboxSales withData(LocalDate date) {
        dataDays.add(date);
        return this;
    }

    /**
     * Documents generated from now on hold sessions as they will be {@code days} later: the late sessions arriving,
     * without moving the sandbox's clock (which the Ads side reads too).
     */
    public SandboxSales sessionsCaughtUp(int days) {
        caughtUpDays = days;
        return this;
    }

    /** The day whose late sessions a document generated on {@code generatedOn} holds. */
    LocalDate sessionsAsOf(LocalDate generatedOn) {
        return generatedOn.plusDays(caughtUpDays);
    }

    public SandboxSales reset() {
        caughtUpDays = 0;
        cancelledDays.clear();
        dataDays.clear();
        skusPerMarketplace = 30;
        return this;
    }

    /** The marketplaces the sandbox's seller sells in: those of its advertising profiles. */
    public static boolean sellsIn(String marketplaceId) {
        return profileOf(marketplaceId).isPresent();
    }

    public List<Sku> skus(String marketplaceId) {
        List<Sku> skus = new ArrayList<>();
        for (int i = 1; i <= skusPerMarketplace; i++) {
            skus.add(sku(marketplaceId, i));
        }
        return skus;
    }

    /**
     * The marketplace's i-th SKU (1-based), the same for the Ads side: the advertised products of its
     * profile's campaigns are SKUs of this catalogue ({@link DerivedRows}).
     */
    static Sku sku(String marketplaceId, int i) {
        String country = profileOf(marketplaceId).map(SandboxProfile::countryCode).orElse("XX");
        // yen prices are about 150 times pound prices, as the Ads side's JPY figures are
        double scale = "JPY".equals(currency(marketplaceId)) ? 150 : 1;
        Seeded seeded = new Seeded(marketplaceId.hashCode(), i, 's');
        String asin = "B0" + String.format("%08X", seeded.nextLong() & 0xFFFFFFFFL);
        String parent = "B0" + String.format("%08X", new Seeded(marketplaceId.hashCode(), (i + 2) / 3, 'p')
                .nextLong() & 0xFFFFFFFFL);
        return new Sku("KITCHEN-" + country + "-" + String.format("%04d", i), asin, parent,
                money(seeded.between(6, 60) * scale));
    }

    /** Whether Amazon has nothing for the day: CANCELLED, a loaded day of zero rows to the client. */
    public boolean cancelled(String marketplaceId, LocalDate date, LocalDate asOf) {
        long age = ChronoUnit.DAYS.between(date, asOf);
        if (age < 1 || age > RETENTION_DAYS) {
            return true;
        }
        if (dataDays.contains(date)) {
            return false;
        }
        return cancelledDays.contains(date) || new Seeded(marketplaceId.hashCode(), date.toEpochDay(), 'c')
                .chance(CANCELLED_SHARE);
    }

    /**
     * Every SKU row of the day's document as generated on {@code asOf} (the marketplace's day): sessions and page
     * views depend on how many days later that is. Empty for a CANCELLED day.
     */
    public List<SkuDay> day(String marketplaceId, LocalDate date, LocalDate asOf) {
        if (cancelled(marketplaceId, date, asOf)) {
            return List.of();
        }
        List<Sku> skus = skus(marketplaceId);
        double[] weights = new double[skus.size()];
        double total = 0;
        for (int i = 0; i < skus.size(); i++) {
            Seeded seeded = new Seeded(marketplaceId.hashCode(), i, date.toEpochDay(), 'w');
            // about one SKU in ten sells nothing on a day (and is then absent, as in Amazon's document)
            weights[i] = seeded.chance(0.1) ? 0 : seeded.between(0.2, 1.8) * (1 + (i % 5));
            total += weights[i];
        }
        double target = targetRevenue(marketplaceId, date);
        Map<String, Double> adSales = adSalesBySku(marketplaceId, date);
        double arrived = (int) ChronoUnit.DAYS.between(date, asOf) < SESSIONS_ARRIVED.length
                ? SESSIONS_ARRIVED[(int) ChronoUnit.DAYS.between(date, asOf)] : 1.0;
        List<SkuDay> rows = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            Sku sku = skus.get(i);
            double skuAdSales = adSales.getOrDefault(sku.sku(), 0.0);
            if (weights[i] == 0 && skuAdSales == 0) {
                continue;
            }
            Seeded seeded = new Seeded(marketplaceId.hashCode(), i, date.toEpochDay(), 'd');
            // the sales its ads brought in are part of a SKU's sales: never more than them
            long units = Math.max(1, Math.max(Math.round(target * weights[i] / total / sku.price().doubleValue()),
                    (long) Math.ceil(skuAdSales * 1.2 / sku.price().doubleValue())));
            long orderItems = Math.max(1, Math.round(units * seeded.between(0.75, 1.0)));
            double conversion = seeded.between(0.05, 0.18);
            long finalSessions = Math.max(units, Math.round(units / conversion));
            double viewsPerSession = seeded.between(1.1, 1.6);
            long sessions = Math.round(finalSessions * arrived);
            long pageViews = Math.round(finalSessions * viewsPerSession * arrived);
            BigDecimal buyBox = BigDecimal.valueOf(Math.round(seeded.between(85, 100) * 100), 2);
            BigDecimal unitSession = sessions == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(units * 100).divide(BigDecimal.valueOf(sessions), 2, RoundingMode.HALF_UP);
            rows.add(new SkuDay(sku, sku.price().multiply(BigDecimal.valueOf(units)), currency(marketplaceId), units,
                    orderItems, sessions, pageViews, buyBox, unitSession));
        }
        return rows;
    }

    /** The day's document as Amazon writes it (reportSpecification, salesAndTrafficByDate, salesAndTrafficByAsin). */
    Map<String, Object> document(String marketplaceId, LocalDate date, LocalDate asOf, boolean malformed) {
        List<SkuDay> rows = day(marketplaceId, date, asOf);
        String currency = currency(marketplaceId);
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> specification = new LinkedHashMap<>();
        specification.put("reportType", "GET_SALES_AND_TRAFFIC_REPORT");
        specification.put("reportOptions", Map.of("dateGranularity", "DAY", "asinGranularity", "SKU"));
        specification.put("dataStartTime", date.toString());
        specification.put("dataEndTime", date.toString());
        specification.put("marketplaceIds", List.of(marketplaceId));
        document.put("reportSpecification", specification);

        BigDecimal revenue = rows.stream().map(SkuDay::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        long units = rows.stream().mapToLong(SkuDay::units).sum();
        long items = rows.stream().mapToLong(SkuDay::totalOrderItems).sum();
        long sessions = rows.stream().mapToLong(SkuDay::sessions).sum();
        long pageViews = rows.stream().mapToLong(SkuDay::pageViews).sum();
        Map<String, Object> byDate = new LinkedHashMap<>();
        byDate.put("date", date.toString());
        byDate.put("salesByDate", Map.of("orderedProductSales", amount(revenue, currency), "unitsOrdered", units,
                "totalOrderItems", items, "unitsRefunded", 0));
        byDate.put("trafficByDate", Map.of("sessions", sessions, "pageViews", pageViews,
                "unitSessionPercentage", sessions == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(units * 100)
                        .divide(BigDecimal.valueOf(sessions), 2, RoundingMode.HALF_UP)));
        document.put("salesAndTrafficByDate", List.of(byDate));

        List<Map<String, Object>> byAsin = new ArrayList<>();
        if (malformed) {
            // the client must skip these and name them; neither replaces a real row
            byAsin.add(asinEntry(rows.isEmpty() ? null : rows.get(0), currency, true, false));
            byAsin.add(asinEntry(rows.isEmpty() ? null : rows.get(0), currency, false, true));
        }
        for (SkuDay row : rows) {
            byAsin.add(asinEntry(row, currency, false, false));
        }
        document.put("salesAndTrafficByAsin", byAsin);
        return document;
    }

    private static Map<String, Object> asinEntry(SkuDay row, String currency, boolean withoutSku,
                                                 boolean textForUnits) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("parentAsin", row == null ? "B0PARENT00" : row.sku().parentAsin());
        entry.put("childAsin", row == null ? "B0CHILD000" : row.sku().asin());
        if (!withoutSku) {
            entry.put("sku", textForUnits ? "BROKEN-UNITS" : row.sku().sku());
        }
        Map<String, Object> sales = new LinkedHashMap<>();
        sales.put("unitsOrdered", textForUnits ? "abc" : row == null ? 1 : row.units());
        sales.put("unitsOrderedB2B", 0);
        sales.put("orderedProductSales", amount(row == null ? BigDecimal.ONE : row.revenue(), currency));
        sales.put("totalOrderItems", row == null ? 1 : row.totalOrderItems());
        entry.put("salesByAsin", sales);
        Map<String, Object> traffic = new LinkedHashMap<>();
        traffic.put("sessions", row == null ? 1 : row.sessions());
        traffic.put("pageViews", row == null ? 1 : row.pageViews());
        traffic.put("buyBoxPercentage", row == null ? BigDecimal.ONE : row.buyBoxPercentage());
        traffic.put("unitSessionPercentage", row == null ? BigDecimal.ONE : row.unitSessionPercentage());
        entry.put("trafficByAsin", traffic);
        return entry;
    }

    private static Map<String, Object> amount(BigDecimal amount, String currency) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", amount);
        money.put("currencyCode", currency);
        return money;
    }

    /** The 14-day sales the profile's product ads attribute to each SKU on the day, once settled. */
    private Map<String, Double> adSalesBySku(String marketplaceId, LocalDate date) {
        Map<String, Double> bySku = new HashMap<>();
        Optional<SandboxProfile> profile = profileOf(marketplaceId);
        Optional<SandboxReportType> products = SandboxReportType.find("spAdvertisedProduct");
        if (profile.isPresent() && products.isPresent()) {
            for (Map<String, Object> row : ads.rows(profile.get().profileId(), products.get(), date, date.plusDays(30))) {
                Object sales = row.get("sales14d");
                if (sales != null) {
                    bySku.merge((String) row.get("advertisedSku"), ((BigDecimal) sales).doubleValue(), Double::sum);
                }
            }
        }
        return bySku;
    }

    /** About three times the larger of the day's settled ad spend and ad sales, plus an organic floor. */
    private double targetRevenue(String marketplaceId, LocalDate date) {
        double spend = 0;
        double adSales = 0;
        Optional<SandboxProfile> profile = profileOf(marketplaceId);
        if (profile.isPresent()) {
            for (Map<String, Object> row : ads.rows(profile.get().profileId(), date, date.plusDays(30))) {
                spend += ((BigDecimal) row.get("cost")).doubleValue();
                Object sales = row.get("sales14d");
                adSales += sales == null ? 0 : ((BigDecimal) sales).doubleValue();
            }
        }
        double floor = 400 * ("JPY".equals(currency(marketplaceId)) ? 150 : 1);
        return Math.max(spend, adSales) * new Seeded(marketplaceId.hashCode(), date.toEpochDay(), 't')
                .between(2.6, 3.4) + floor;
    }

    /** The selling (not agency) advertising profile of a marketplace. */
    static Optional<SandboxProfile> profileOf(String marketplaceId) {
        return SandboxAccounts.profiles().stream()
                .filter(profile -> profile.marketplaceStringId().equals(marketplaceId))
                .filter(profile -> !"agency".equals(profile.accountType()))
                .findFirst();
    }

    static String currency(String marketplaceId) {
        return profileOf(marketplaceId).map(SandboxProfile::currencyCode).orElse("USD");
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2);
    }
}
