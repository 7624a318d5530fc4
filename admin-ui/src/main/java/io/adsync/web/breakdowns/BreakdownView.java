package io.adsync.web.breakdowns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;

/**
 * One of the Reports page's breakdowns of the ad money: what advertisers act on. Each reads its own
 * report type's table and sums spend, 14-day sales, clicks and orders per the rows it names.
 *
 * @param slug    the path: {@code /reports/search-terms}
 * @param labels  the columns a row of the view is (its table's snake_case names), with their headers
 */
public enum BreakdownView {

    SEARCH_TERMS("search-terms", "Search terms", "spSearchTerm",
            "What shoppers typed before they clicked: add the ones that spend without selling as negative "
                    + "keywords, harvest the ones that sell.",
            List.of(new Label("search_term", "Search term"), new Label("keyword", "Keyword or target"),
                    new Label("campaign_name", "Campaign"))),
    TARGETING("targeting", "Targeting", "spTargeting",
            "Each keyword and product target with its match type: where bids are set.",
            List.of(new Label("keyword", "Keyword or target"), new Label("match_type", "Match type"),
                    new Label("campaign_name", "Campaign"), new Label("ad_group_name", "Ad group"))),
    PRODUCTS("products", "Products", "spAdvertisedProduct",
            "Each advertised product: which ASIN earns its spend.",
            List.of(new Label("advertised_asin", "ASIN"), new Label("advertised_sku", "SKU"),
                    new Label("campaign_name", "Campaign")));

    /** One column a row of the view is grouped by. */
    public record Label(String column, String header) {
    }

    private final String slug;
    private final String title;
    private final String reportType;
    private final String description;
    private final List<Label> labels;

    BreakdownView(String slug, String title, String reportType, String description, List<Label> labels) {
        this.slug = slug;
        this.title = title;
        this.reportType = reportType;
        this.description = description;
        this.labels = labels;
    }

    public static Optional<BreakdownView> of(String slug) {
        return Arrays.stream(values()).filter(view -> view.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Label> labels() {
        return labels;
    }

    public ReportDefinition reportType() {
        return ReportCatalog.of(reportType);
    }
}
