package io.adsync.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One campaign of a sandbox profile: its settings (the report's dimensions) and the traits its daily metrics are
 * drawn around. Fully determined by the profile id and the campaign's position, so the same profile always has the
 * same campaigns.
 *
 * @param ruleBasedBudget null unless the campaign has a budget rule, as on most real campaigns
 */
record SandboxCampaign(long id, String name, String status, BigDecimal budget, String budgetType,
                       String biddingStrategy, String targetingType, BigDecimal ruleBasedBudget, String ruleId,
                       String ruleName, double dailyImpressions, double clickThroughRate, double costPerClick,
                       double conversionRate, double unitsPerOrder, double price, double sameSkuShare) {

    private static final List<String> PRODUCTS = List.of("Garlic Press", "Chef Knife", "Cutting Board",
            "Salad Spinner", "Spice Rack", "Measuring Cups", "Cast Iron Pan", "Silicone Spatula", "Mixing Bowls",
            "Knife Sharpener", "Pepper Grinder", "Tea Kettle", "Can Opener", "Baking Mat", "Herb Scissors",
            "Lunch Box");
    private static final List<String> TACTICS = List.of("Exact", "Phrase", "Broad", "Auto", "Product Targeting",
            "Brand Defense");
    private static final List<String> BIDDING = List.of("legacyForSales", "legacyForSales", "autoForSales",
            "manual");
    private static final List<String> RULE_NAMES = List.of("Prime Day boost", "Weekend uplift",
            "ROAS guardrail", "Black Friday");

    /** Amazon's campaign ids are 15-digit numbers. */
    private static final long FIRST_ID = 100_000_000_000_000L;
    private static final long ID_SPAN = 900_000_000_000_000L;

    static List<SandboxCampaign> generate(long profileId, int count) {
        Set<Long> taken = new HashSet<>();
        return IntStream.range(0, count)
                .mapToObj(index -> generate(profileId, index, taken))
                .toList();
    }

    private static SandboxCampaign generate(long profileId, int index, Set<Long> taken) {
        Seeded seeded = new Seeded(profileId, index, 'c');
        long id = FIRST_ID + Math.floorMod(seeded.nextLong(), ID_SPAN);
        while (!taken.add(id)) {
            // a collision is astronomically rare, but ids must be unique within the profile
            id = FIRST_ID + Math.floorMod(id + 7_919, ID_SPAN);
        }
        String product = seeded.pick(PRODUCTS);
        String tactic = seeded.pick(TACTICS);
        String name = "SP - " + product + " - " + tactic + " - " + (index + 1);
        double statusDraw = seeded.nextDouble();
        String status = statusDraw < 0.85 ? "ENABLED" : statusDraw < 0.97 ? "PAUSED" : "ARCHIVED";
        BigDecimal budget = money(seeded.between(5, 250));
        String bidding = seeded.pick(BIDDING);
        boolean hasRule = seeded.chance(0.1);
        BigDecimal ruleBudget = hasRule ? money(budget.doubleValue() * seeded.between(1.2, 1.5)) : null;
        String ruleId = hasRule ? uuid(seeded) : null;
        String ruleName = hasRule ? seeded.pick(RULE_NAMES) : null;
        String targeting = "Auto".equals(tactic) ? "AUTO" : "MANUAL";
        return new SandboxCampaign(id, name, status, budget, "DAILY_BUDGET", bidding, targeting, ruleBudget, ruleId,
                ruleName,
                seeded.between(200, 20_000), // impressions a day
                seeded.between(0.002, 0.012), // click-through rate
                seeded.between(0.25, 2.20), // cost per click
                seeded.between(0.04, 0.18), // orders per click
                seeded.between(1.0, 1.6), // units per order
                seeded.between(7.99, 79.99), // item price
                seeded.between(0.65, 0.95)); // share of sales for the advertised SKU itself
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String uuid(Seeded seeded) {
        String hex = Long.toHexString(seeded.nextLong() | Long.MIN_VALUE) + Long.toHexString(seeded.nextLong()
                | Long.MIN_VALUE);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
