package io.adsync.web.reports;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The columns the campaign table sorts by; an unknown name sorts by spend, the column people look at first. */
public enum CampaignSort {
    NAME(Comparator.comparing(CampaignFigures::campaignName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))),
    SPEND(by(CampaignFigures::spend)),
    SALES(by(CampaignFigures::sales14d)),
    ROAS(by(CampaignFigures::roas)),
    ACOS(by(CampaignFigures::acosPercent)),
    CLICKS(Comparator.comparingLong(CampaignFigures::clicks)),
    IMPRESSIONS(Comparator.comparingLong(CampaignFigures::impressions));

    private final Comparator<CampaignFigures> ascending;

    CampaignSort(Comparator<CampaignFigures> ascending) {
        this.ascending = ascending.thenComparingLong(CampaignFigures::campaignId);
    }

    public static CampaignSort of(String name) {
        if (name == null) {
            return SPEND;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return SPEND;
        }
    }

    /** Sorted copy; a missing ratio (no ROAS when nothing was spent) counts as the lowest value. */
    public List<CampaignFigures> sort(List<CampaignFigures> campaigns, boolean descending) {
        return campaigns.stream().sorted(descending ? ascending.reversed() : ascending).toList();
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static Comparator<CampaignFigures> by(Function<CampaignFigures, BigDecimal> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
