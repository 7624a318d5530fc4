package io.adsync.web.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One choice of the Campaigns table's ad product filter: all of them ({@code code} null), or one of
 * those the period's campaigns have (SP, SB, SD), with the query string that picks it.
 */
public record AdProductChoice(String code, String label, String query) {

    static List<AdProductChoice> of(List<CampaignFigures> campaigns) {
        List<AdProductChoice> choices = new ArrayList<>(List.of(new AdProductChoice(null, "All", query(null))));
        campaigns.stream().map(CampaignFigures::adProductShort).distinct().sorted()
                .map(code -> new AdProductChoice(code, code, query(code)))
                .forEach(choices::add);
        return choices;
    }

    static String query(String code) {
        return code == null ? "" : "&adProduct=" + code;
    }
}
