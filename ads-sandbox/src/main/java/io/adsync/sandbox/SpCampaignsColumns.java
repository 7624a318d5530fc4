package io.adsync.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sandbox's own copy of Amazon's v3 column reference for {@code spCampaigns} grouped by {@code campaign}.
 * It is deliberately independent of the app's report catalogue: the app's list is what we ask for, this one is what
 * "Amazon" accepts, and a test of the app checks the first against the second.
 */
final class SpCampaignsColumns {

    static final List<String> ATTRIBUTION_WINDOWS = List.of("1d", "7d", "14d", "30d");

    static final List<String> DIMENSIONS = List.of("date", "campaignId", "campaignName", "campaignStatus",
            "campaignBudgetAmount", "campaignBudgetType", "campaignBudgetCurrencyCode",
            "campaignRuleBasedBudgetAmount", "campaignApplicableBudgetRuleId", "campaignApplicableBudgetRuleName",
            "campaignBiddingStrategy");

    /** In every row although nobody asks for it: Amazon adds keys, and the app must keep them (its extra jsonb). */
    static final String TARGETING_TYPE = "campaignTargetingType";

    /** Every accepted column in reference order (dimensions, metrics, then the attribution families per window). */
    static final List<String> ACCEPTED = build();

    private static final Set<String> ACCEPTED_SET = Collections.unmodifiableSet(new LinkedHashSet<>(ACCEPTED));

    private SpCampaignsColumns() {
    }

    private static List<String> build() {
        List<String> columns = new ArrayList<>(DIMENSIONS);
        columns.addAll(List.of("impressions", "clicks", "cost", "spend", "costPerClick", "clickThroughRate",
                "topOfSearchImpressionShare", "addToList", "qualifiedBorrows", "royaltyQualifiedBorrows",
                "kindleEditionNormalizedPagesRead14d", "kindleEditionNormalizedPagesRoyalties14d"));
        for (String window : ATTRIBUTION_WINDOWS) {
            columns.addAll(List.of("sales" + window, "purchases" + window, "unitsSoldClicks" + window,
                    "attributedSalesSameSku" + window, "purchasesSameSku" + window, "unitsSoldSameSku" + window));
        }
        return List.copyOf(columns);
    }

    static boolean accepted(String column) {
        return ACCEPTED_SET.contains(column);
    }
}
