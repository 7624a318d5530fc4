package io.adsync.sandbox;

import java.util.List;

/**
 * What the campaign rows the sandbox generates hold: Amazon's accepted columns for {@code spCampaigns} grouped by
 * {@code campaign} (its copy of Amazon's reference, {@link SandboxReportType}), the attribution windows, and the key
 * Amazon adds unasked.
 */
final class SpCampaignsColumns {

    static final List<String> ATTRIBUTION_WINDOWS = List.of("1d", "7d", "14d", "30d");

    /** In every row although nobody asks for it: Amazon adds keys, and the app must keep them (its extra jsonb). */
    static final String TARGETING_TYPE = "campaignTargetingType";

    /** Every accepted column. */
    static final List<String> ACCEPTED = List.copyOf(
            SandboxReportType.find("spCampaigns").orElseThrow().columns().keySet());

    private SpCampaignsColumns() {
    }
}
