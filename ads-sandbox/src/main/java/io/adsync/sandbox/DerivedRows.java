package io.adsync.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of every report type but the campaign reports, derived from a campaign's row of the day
 * so that they add up as Amazon's do: a campaign's targeting rows (keywords and targets) and its
 * advertised products sum to the campaign exactly; its search terms are only terms that were clicked,
 * and together at most what their keyword had (some clicks come from queries Amazon does not
 * report). Sponsored Brands and Display campaign rows are campaign rows of their own campaigns, under
 * their own column names. Any other column the type accepts gets a stable value of its kind.
 */
final class DerivedRows {

    /** Metrics a campaign's row is split over its keywords, ads and search terms by. */
    private static final List<String> ADDITIVE = additive();
    /** What Sponsored Brands and Display call the campaign report's 14-day figures. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("sales", "sales14d"), Map.entry("salesClicks", "sales14d"),
            Map.entry("purchases", "purchases14d"), Map.entry("purchasesClicks", "purchases14d"),
            Map.entry("unitsSold", "unitsSoldClicks14d"), Map.entry("unitsSoldClicks", "unitsSoldClicks14d"),
            Map.entry("salesPromoted", "attributedSalesSameSku14d"),
            Map.entry("salesPromotedClicks", "attributedSalesSameSku14d"));
    private static final String[] MATCH_TYPES = {"EXACT", "PHRASE", "BROAD", "TARGETING_EXPRESSION"};
    private static final String[] TERM_WORDS = {"set", "cheap", "best", "for kitchen", "large", "uk"};
    /** Campaigns advertise the first SKUs of the marketplace's catalogue (which sells at least this many). */
    private static final long ADVERTISED_SKUS = 30;
    /** Share of a keyword's clicks that come from queries Amazon names in the search term report. */
    private static final double NAMED_QUERIES = 0.9;

    private DerivedRows() {
    }

    static List<Map<String, Object>> rows(SandboxReportType type, long profileId, SandboxCampaign campaign,
                                          Map<String, Object> campaignRow) {
        return switch (type.reportTypeId()) {
            case "spCampaigns" -> List.of(campaignRow);
            case "spTargeting" -> targeting(campaign, campaignRow).stream().map(row -> shape(type, row)).toList();
            case "spSearchTerm" -> targeting(campaign, campaignRow).stream()
                    .flatMap(keyword -> searchTerms(keyword).stream()).map(row -> shape(type, row)).toList();
            case "spAdvertisedProduct" -> advertisedProducts(profileId, campaign, campaignRow).stream()
                    .map(row -> shape(type, row)).toList();
            default -> List.of(shape(type, campaignRow));
        };
    }

    /** One to three keywords or targets per campaign, sharing its day exactly. */
    private static List<Map<String, Object>> targeting(SandboxCampaign campaign, Map<String, Object> row) {
        int keywords = 1 + (int) Math.floorMod(campaign.id(), 3L);
        List<Map<String, Object>> parts = split(row, shares(new Seeded(campaign.id(), 't'), keywords, 1.0));
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> keyword = parts.get(i);
            long keywordId = id(campaign.id(), 'k', i);
            String text = campaign.name().toLowerCase().replaceAll("[^a-z ]", "").trim() + " " + (i + 1);
            keyword.put("keywordId", keywordId);
            keyword.put("adGroupId", id(campaign.id(), 'g', 0));
            keyword.put("adGroupName", campaign.name() + " ad group");
            keyword.put("keyword", text);
            keyword.put("targeting", text);
            keyword.put("keywordText", text);
            keyword.put("matchType", MATCH_TYPES[(int) Math.floorMod(keywordId, MATCH_TYPES.length)]);
            keyword.put("keywordType", keyword.get("matchType"));
            keyword.put("adKeywordStatus", "ENABLED");
            keyword.put("keywordBid", BigDecimal.valueOf(50 + Math.floorMod(keywordId, 150), 2));
        }
        return parts;
    }

    /** The clicked queries of one keyword: each its share of the keyword's named clicks. */
    private static List<Map<String, Object>> searchTerms(Map<String, Object> keyword) {
        long keywordId = (Long) keyword.get("keywordId");
        int terms = 1 + (int) Math.floorMod(keywordId / 7, 4L);
        List<Map<String, Object>> parts = split(keyword, shares(new Seeded(keywordId, 's'), terms, NAMED_QUERIES));
        List<Map<String, Object>> clicked = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> term = parts.get(i);
            if (((Long) term.get("clicks")) == 0) {
                continue;
            }
            term.put("searchTerm", keyword.get("keyword") + (i == 0 ? "" : " " + TERM_WORDS[i % TERM_WORDS.length]));
            clicked.add(term);
        }
        return clicked;
    }

    /**
     * One or two product ads per campaign, sharing its day exactly; each advertises a SKU of the
     * seller's catalogue in the profile's marketplace, the one its sales and traffic name.
     */
    private static List<Map<String, Object>> advertisedProducts(long profileId, SandboxCampaign campaign,
                                                                Map<String, Object> row) {
        int ads = 1 + (int) Math.floorMod(campaign.id() / 3, 2L);
        String marketplace = SandboxAccounts.profile(profileId).map(SandboxProfile::marketplaceStringId).orElse("");
        List<Map<String, Object>> parts = split(row, shares(new Seeded(campaign.id(), 'a'), ads, 1.0));
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> ad = parts.get(i);
            SandboxSales.Sku sku = SandboxSales.sku(marketplace,
                    1 + (int) Math.floorMod(campaign.id() + 7L * i, ADVERTISED_SKUS));
            ad.put("adId", id(campaign.id(), 'a', i));
            ad.put("adGroupId", id(campaign.id(), 'g', 0));
            ad.put("adGroupName", campaign.name() + " ad group");
            ad.put("advertisedAsin", sku.asin());
            ad.put("advertisedSku", sku.sku());
        }
        return parts;
    }

    /**
     * The row in the type's column order with only columns it accepts (and the extra key Amazon adds);
     * what the row does not hold is taken from the campaign's figures under Amazon's other names, or
     * given a stable value of its kind.
     */
    private static Map<String, Object> shape(SandboxReportType type, Map<String, Object> row) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        Seeded filler = new Seeded(String.valueOf(row.get("date")).hashCode(), String.valueOf(row.get("campaignId"))
                .hashCode(), type.reportTypeId().hashCode());
        for (Map.Entry<String, String> column : type.columns().entrySet()) {
            String name = column.getKey();
            Object value;
            if (row.containsKey(name)) {
                value = row.get(name);
            } else if (ALIASES.containsKey(name)) {
                value = row.get(ALIASES.get(name));
            } else {
                value = filler(name, column.getValue(), filler);
            }
            shaped.put(name, value);
        }
        Object targetingType = row.get(SpCampaignsColumns.TARGETING_TYPE);
        if (targetingType != null) {
            shaped.put(SpCampaignsColumns.TARGETING_TYPE, targetingType);
        }
        return shaped;
    }

    private static Object filler(String name, String hint, Seeded seeded) {
        return switch (hint) {
            case "id" -> id(seeded.nextLong(), 'f', 0);
            case "count" -> (long) seeded.nextInt(3);
            case "decimal" -> BigDecimal.valueOf(seeded.nextInt(10_000), 4);
            case "date" -> null;
            default -> name.endsWith("Status") ? "ENABLED" : name + "-" + seeded.nextInt(9);
        };
    }

    /** {@code count} weights adding up to {@code total} (1 shares everything; less leaves the rest unnamed). */
    private static double[] shares(Seeded seeded, int count, double total) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.5 + seeded.nextDouble();
            sum += weights[i];
        }
        for (int i = 0; i < count; i++) {
            weights[i] = weights[i] / sum * total;
        }
        return weights;
    }

    /**
     * Copies of the row with every additive metric split by the shares. When the shares add up to
     * one, the parts add up to the row exactly: the last part takes what rounding left over.
     */
    private static List<Map<String, Object>> split(Map<String, Object> row, double[] shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        boolean whole = Math.abs(total - 1.0) < 1e-9;
        List<Map<String, Object>> parts = new ArrayList<>();
        for (double share : shares) {
            parts.add(new LinkedHashMap<>(row));
        }
        for (String metric : ADDITIVE) {
            Object value = row.get(metric);
            if (value instanceof Long count) {
                long assigned = 0;
                for (int i = 0; i < shares.length; i++) {
                    long part = whole && i == shares.length - 1 ? count - assigned
                            : (long) Math.floor(count * shares[i]);
                    parts.get(i).put(metric, part);
                    assigned += part;
                }
            } else if (value instanceof BigDecimal money) {
                long cents = money.movePointRight(2).longValue();
                long assigned = 0;
                for (int i = 0; i < shares.length; i++) {
                    long part = whole && i == shares.length - 1 ? cents - assigned
                            : (long) Math.floor(cents * shares[i]);
                    parts.get(i).put(metric, BigDecimal.valueOf(part, 2));
                    assigned += part;
                }
            }
        }
        for (Map<String, Object> part : parts) {
            long clicks = (Long) part.get("clicks");
            long impressions = (Long) part.get("impressions");
            BigDecimal cost = (BigDecimal) part.get("cost");
            part.put("costPerClick", clicks == 0 ? null
                    : cost.divide(BigDecimal.valueOf(clicks), 4, RoundingMode.HALF_UP));
            part.put("clickThroughRate", impressions == 0 ? null
                    : BigDecimal.valueOf(clicks).divide(BigDecimal.valueOf(impressions), 4, RoundingMode.HALF_UP));
        }
        return parts;
    }

    private static long id(long seed, char kind, int index) {
        return 100_000_000_000_000L + Math.floorMod(new Seeded(seed, kind, index).nextLong(), 899_999_999_999_999L);
    }

    private static List<String> additive() {
        List<String> metrics = new ArrayList<>(List.of("impressions", "clicks", "cost", "spend"));
        for (String window : SpCampaignsColumns.ATTRIBUTION_WINDOWS) {
            metrics.addAll(List.of("sales" + window, "purchases" + window, "unitsSoldClicks" + window,
                    "attributedSalesSameSku" + window, "purchasesSameSku" + window, "unitsSoldSameSku" + window));
        }
        return List.copyOf(metrics);
    }
}
