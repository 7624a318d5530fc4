package io.adsync.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The report rows the sandbox serves, generated (never stored) from a hash of profile, campaign and date, so a test
 * can compute exactly what a download must contain and a 500,000-row report costs no memory.
 *
 * <p>Like Amazon's: ids are 15-digit numbers, money is a 2-decimal {@link BigDecimal}, ratios have 4 decimals,
 * some metrics are null, about one campaign in five has no row on a given day (no activity), key order varies from
 * row to row, and attributed sales, purchases and units of a date keep growing for up to 30 days as late conversions
 * come in (Amazon restates them), so the same date read on different days gives different values. Dates more than
 * 95 days before {@code asOf} (Amazon's retention) or after it have no rows.
 */
public final class SandboxData {

    /** Amazon keeps Sponsored Products report data this many days. */
    static final int RETENTION_DAYS = 95;

    private static final double INACTIVE_SHARE = 0.2;
    private static final int[] WINDOW_DAYS = {1, 7, 14, 30};

    /**
     * Share of a click's 30-day conversions that have happened (and been attributed) a number of days after it:
     * most buyers order the same day, some come back later. Pairs of {days, share}, linear in between.
     */
    private static final double[][] CONVERSION_CURVE = {{0, 0.35}, {1, 0.6}, {7, 0.85}, {14, 0.95}, {30, 1.0}};

    /** Row keys in reference order plus the targeting type; {@code generate} fills a value array in this order. */
    private static final List<String> KEYS = keys();
    private static final Map<String, Integer> KEY_INDEX = IntStream.range(0, KEYS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(KEYS::get, i -> i));
    /** A few dozen fixed shuffles of the keys; each row takes one, so key order varies at the cost of a lookup. */
    private static final List<int[]> KEY_ORDERS = keyOrders(64);
    private static final BigDecimal ZERO_MONEY = BigDecimal.ZERO.setScale(2);

    private final int campaignsPerProfile;
    private final Map<Long, List<SandboxCampaign>> campaigns = new ConcurrentHashMap<>();
    private final Map<Long, List<SandboxCampaign>> otherCampaigns = new ConcurrentHashMap<>();
    /** Days on which every campaign was paused: their reports hold no rows, as Amazon's do. */
    private final Set<LocalDate> quietDays = ConcurrentHashMap.newKeySet();

    SandboxData(int campaignsPerProfile) {
        this.campaignsPerProfile = campaignsPerProfile;
    }

    /**
     * The rows a report for {@code date} contains when Amazon generates it on day {@code asOf} (both in the profile's
     * time zone), in report order. Each row is a fresh {@link LinkedHashMap} with every accepted column plus
     * {@code campaignTargetingType}.
     */
    public List<Map<String, Object>> rows(long profileId, LocalDate date, LocalDate asOf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SandboxCampaign campaign : campaigns(profileId)) {
            Map<String, Object> row = row(profileId, campaign, date, asOf);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Every campaign of every profile paused on the date: a report of it comes back without rows. */
    public void quiet(LocalDate date) {
        quietDays.add(date);
    }

    /** Back to the usual activity on every day. */
    public void clearQuietDays() {
        quietDays.clear();
    }

    /**
     * The rows of a report of the type for {@code date} generated on {@code asOf}: the campaign
     * report's rows, or what {@link DerivedRows} derives from them (Sponsored Brands and Display from
     * campaigns of their own).
     */
    public List<Map<String, Object>> rows(long profileId, SandboxReportType type, LocalDate date, LocalDate asOf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SandboxCampaign campaign : campaigns(profileId, type)) {
            rows.addAll(rows(profileId, type, campaign, date, asOf));
        }
        return rows;
    }

    List<Map<String, Object>> rows(long profileId, SandboxReportType type, SandboxCampaign campaign, LocalDate date,
                                   LocalDate asOf) {
        if (ChronoUnit.DAYS.between(date, asOf) > type.retentionDays()) {
            return List.of();
        }
        Map<String, Object> row = row(profileId, campaign, date, asOf);
        return row == null ? List.of() : DerivedRows.rows(type, profileId, campaign, row);
    }

    /** The campaigns behind a report type: Sponsored Brands and Display have their own, fewer and smaller. */
    List<SandboxCampaign> campaigns(long profileId, SandboxReportType type) {
        return switch (type.adProduct()) {
            case "SPONSORED_BRANDS" -> otherCampaigns.computeIfAbsent(profileId * 31 + 'b',
                    key -> SandboxCampaign.generate(key, Math.max(1, campaignsPerProfile / 4)));
            case "SPONSORED_DISPLAY" -> otherCampaigns.computeIfAbsent(profileId * 31 + 'd',
                    key -> SandboxCampaign.generate(key, Math.max(1, campaignsPerProfile / 5)));
            default -> campaigns(profileId);
        };
    }

    /** The profile's campaign ids, the same on every run. */
    public List<Long> campaignIds(long profileId) {
        return campaigns(profileId).stream().map(SandboxCampaign::id).toList();
    }

    List<SandboxCampaign> campaigns(long profileId) {
        return campaigns.computeIfAbsent(profileId, id -> SandboxCampaign.generate(id, campaignsPerProfile));
    }

    /** The campaign's row for the date, or null when it had no activity or the date is out of reach on asOf. */
    Map<String, Object> row(long profileId, SandboxCampaign campaign, LocalDate date, LocalDate asOf) {
        if (!inReach(date, asOf)) {
            return null;
        }
        Seeded day = new Seeded(profileId, campaign.id(), date.toEpochDay());
        if (day.chance(INACTIVE_SHARE)) {
            return null;
        }
        return generate(profileId, campaign, date, (int) ChronoUnit.DAYS.between(date, asOf), day);
    }

    /** The campaign's row as if it had been active: the base of the deliberately malformed rows. */
    Map<String, Object> activeRow(long profileId, SandboxCampaign campaign, LocalDate date, LocalDate asOf) {
        Seeded day = new Seeded(profileId, campaign.id(), date.toEpochDay());
        day.chance(INACTIVE_SHARE); // consume the activity draw so the metrics match row(...)
        long ageDays = Math.max(0, ChronoUnit.DAYS.between(date, asOf));
        return generate(profileId, campaign, date, (int) Math.min(ageDays, RETENTION_DAYS), day);
    }

    /** How many rows {@link #row} gives for the dates; cheap, it only draws the activity of each campaign. */
    long countRows(long profileId, LocalDate start, LocalDate end, LocalDate asOf) {
        long count = 0;
        for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
            if (!inReach(date, asOf)) {
                continue;
            }
            for (SandboxCampaign campaign : campaigns(profileId)) {
                if (!new Seeded(profileId, campaign.id(), date.toEpochDay()).chance(INACTIVE_SHARE)) {
                    count++;
                }
            }
        }
        return count;
    }

    private boolean inReach(LocalDate date, LocalDate asOf) {
        long age = ChronoUnit.DAYS.between(date, asOf);
        return age >= 0 && age <= RETENTION_DAYS && !quietDays.contains(date);
    }

    private static Map<String, Object> generate(long profileId, SandboxCampaign campaign, LocalDate date,
                                                int ageDays, Seeded day) {
        // Every draw happens whatever the age, so only the restated values depend on asOf.
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        double trafficFactor = day.between(0.55, 1.45) * (weekend ? 0.85 : 1.0);
        double ctr = campaign.clickThroughRate() * day.between(0.7, 1.3);
        double cpc = campaign.costPerClick() * day.between(0.8, 1.2);
        double purchaseDraw = day.between(0.6, 1.4);
        // at least one unit per order, so units never fall below purchases
        double unitsPerOrder = 1 + (campaign.unitsPerOrder() - 1) * day.between(0.5, 1.5);
        double price = campaign.price() * day.between(0.95, 1.05);
        boolean topOfSearchKnown = !day.chance(0.25);
        double topOfSearch = day.between(0.01, 0.6);
        boolean kindleKnown = !day.chance(0.1);
        double fraction = day.nextDouble();

        // Today's report covers only part of the day's traffic.
        double partialDay = ageDays == 0 ? 0.5 : 1.0;
        long impressions = Math.max(1, Math.round(campaign.dailyImpressions() * trafficFactor * partialDay));
        long clicks = Math.round(impressions * ctr);
        BigDecimal cost = money(clicks * cpc);
        long finalPurchases = (long) Math.floor(clicks * campaign.conversionRate() * purchaseDraw + fraction);

        Object[] values = new Object[KEYS.size()];
        set(values, "date", date.toString());
        set(values, "campaignId", campaign.id());
        set(values, "campaignName", campaign.name());
        set(values, "campaignStatus", campaign.status());
        set(values, "campaignBudgetAmount", campaign.budget());
        set(values, "campaignBudgetType", campaign.budgetType());
        set(values, "campaignBudgetCurrencyCode", currency(profileId));
        set(values, "campaignRuleBasedBudgetAmount", campaign.ruleBasedBudget());
        set(values, "campaignApplicableBudgetRuleId", campaign.ruleId());
        set(values, "campaignApplicableBudgetRuleName", campaign.ruleName());
        set(values, "campaignBiddingStrategy", campaign.biddingStrategy());
        set(values, "impressions", impressions);
        set(values, "clicks", clicks);
        set(values, "cost", cost);
        set(values, "spend", cost);
        set(values, "costPerClick", clicks == 0 ? null : cost.divide(BigDecimal.valueOf(clicks), 4,
                RoundingMode.HALF_UP));
        set(values, "clickThroughRate", BigDecimal.valueOf(clicks).divide(BigDecimal.valueOf(impressions), 4,
                RoundingMode.HALF_UP));
        set(values, "topOfSearchImpressionShare", topOfSearchKnown ? ratio(topOfSearch) : null);
        set(values, "addToList", 0L);
        set(values, "qualifiedBorrows", kindleKnown ? 0L : null);
        set(values, "royaltyQualifiedBorrows", kindleKnown ? 0L : null);
        set(values, "kindleEditionNormalizedPagesRead14d", kindleKnown ? 0L : null);
        set(values, "kindleEditionNormalizedPagesRoyalties14d", kindleKnown ? ZERO_MONEY : null);
        for (int w = 0; w < WINDOW_DAYS.length; w++) {
            String window = SpCampaignsColumns.ATTRIBUTION_WINDOWS.get(w);
            double attributed = attributedShare(Math.min(ageDays, WINDOW_DAYS[w]));
            long purchases = Math.round(finalPurchases * attributed);
            long units = Math.round(purchases * unitsPerOrder);
            long purchasesSameSku = Math.round(purchases * campaign.sameSkuShare());
            long unitsSameSku = Math.round(units * campaign.sameSkuShare());
            set(values, "sales" + window, money(units * price));
            set(values, "purchases" + window, purchases);
            set(values, "unitsSoldClicks" + window, units);
            set(values, "attributedSalesSameSku" + window, money(unitsSameSku * price));
            set(values, "purchasesSameSku" + window, purchasesSameSku);
            set(values, "unitsSoldSameSku" + window, unitsSameSku);
        }
        set(values, SpCampaignsColumns.TARGETING_TYPE, campaign.targetingType());

        // Amazon's key order is arbitrary; a client must not depend on it, so neither does a sandbox row
        int[] order = KEY_ORDERS.get(new Seeded(profileId, campaign.id(), date.toEpochDay(), 'k')
                .nextInt(KEY_ORDERS.size()));
        Map<String, Object> row = new LinkedHashMap<>(values.length * 2);
        for (int index : order) {
            row.put(KEYS.get(index), values[index]);
        }
        return row;
    }

    /** Share of the final 30-day conversions visible after {@code days} days (linear between the curve's points). */
    private static double attributedShare(int days) {
        for (int i = 1; i < CONVERSION_CURVE.length; i++) {
            double[] low = CONVERSION_CURVE[i - 1];
            double[] high = CONVERSION_CURVE[i];
            if (days <= high[0]) {
                return low[1] + (high[1] - low[1]) * (days - low[0]) / (high[0] - low[0]);
            }
        }
        return 1.0;
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(SpCampaignsColumns.ACCEPTED);
        keys.add(SpCampaignsColumns.TARGETING_TYPE);
        return List.copyOf(keys);
    }

    private static void set(Object[] values, String key, Object value) {
        values[KEY_INDEX.get(key)] = value;
    }

    private static List<int[]> keyOrders(int count) {
        List<int[]> orders = new ArrayList<>();
        Seeded seeded = new Seeded('o');
        for (int n = 0; n < count; n++) {
            int[] order = IntStream.range(0, KEYS.size()).toArray();
            for (int i = order.length - 1; i > 0; i--) { // Fisher-Yates
                int j = seeded.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            orders.add(order);
        }
        return List.copyOf(orders);
    }

    private static String currency(long profileId) {
        return SandboxAccounts.profile(profileId).map(SandboxProfile::currencyCode).orElse("USD");
    }

    /** Rounds to cents through a long: exact, and far cheaper than BigDecimal.valueOf(double) on 200,000 rows. */
    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2);
    }

    private static BigDecimal ratio(double value) {
        return BigDecimal.valueOf(Math.round(value * 10_000), 4);
    }
}
