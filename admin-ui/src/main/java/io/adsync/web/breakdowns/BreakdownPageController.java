package io.adsync.web.breakdowns;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Organization;
import io.adsync.web.profiles.ProfileSelection;
import io.adsync.web.profiles.ProfileSelections;
import io.adsync.web.reports.ReportPeriod;
import io.adsync.web.reports.ReportsPageController.RangeParams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Reports page's Search terms, Targeting and Products tabs: each view's rows over the period, per
 * currency of the selected profiles, sortable, with the "wasted spend" filter (spend with no 14-day
 * sales), a CSV of the same rows, and how many of the period's days the view's report has loaded.
 */
@ConsoleController
public class BreakdownPageController {

    /** Rows a page shows; the CSV has them all. */
    static final int PAGE_ROWS = 500;
    private static final int CSV_ROWS = 100_000;

    private final BreakdownQueries queries;
    private final ReportCoverage coverage;
    private final ProfileSelections profiles;
    private final AdsAccounts accounts;

    public BreakdownPageController(BreakdownQueries queries, ReportCoverage coverage, ProfileSelections profiles,
                                   AdsAccounts accounts) {
        this.queries = queries;
        this.coverage = coverage;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    @GetMapping("/reports/{view:search-terms|targeting|products}")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, @PathVariable("view") String slug,
                       RangeParams range, @RequestParam(defaultValue = "false") boolean wasted, Model model) {
        BreakdownView view = view(slug);
        ProfileSelection selection = profiles.select(org.id(), range.profileId());
        ReportPeriod period = range.period(accounts.today(org.id()));
        BreakdownSort sort = BreakdownSort.of(range.sort());
        boolean descending = !"asc".equalsIgnoreCase(range.dir());
        List<BreakdownRow> rows = queries.rows(view, org.id(), selection.filter(), period, wasted, sort, descending,
                PAGE_ROWS + 1);
        long loaded = coverage.daysCoveredByEach(org.id(), selection.coverageProfiles(),
                view.reportType().reportTypeId(), period.from(), period.to()).size();
        model.addAttribute("view", view);
        model.addAttribute("views", BreakdownView.values());
        model.addAttribute("rows", rows.size() > PAGE_ROWS ? rows.subList(0, PAGE_ROWS) : rows);
        model.addAttribute("truncated", rows.size() > PAGE_ROWS);
        model.addAttribute("pageRows", PAGE_ROWS);
        model.addAttribute("period", period);
        model.addAttribute("profiles", selection);
        model.addAttribute("wasted", wasted);
        model.addAttribute("sort", sort.param());
        model.addAttribute("descending", descending);
        model.addAttribute("loadedDays", loaded);
        model.addAttribute("wastedSpend", rows.stream().filter(BreakdownRow::wasted).map(BreakdownRow::spend)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("spansCurrencies", rows.stream().map(BreakdownRow::currency).distinct().count() > 1);
        return "breakdown";
    }

    /** The view's rows as CSV: plain numbers, one row per label and currency, with the currency named. */
    @GetMapping("/reports/{view:search-terms|targeting|products}/export.csv")
    public ResponseEntity<String> csv(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                                      @PathVariable("view") String slug, RangeParams range,
                                      @RequestParam(defaultValue = "false") boolean wasted) {
        BreakdownView view = view(slug);
        ProfileSelection selection = profiles.select(org.id(), range.profileId());
        ReportPeriod period = range.period(accounts.today(org.id()));
        List<BreakdownRow> rows = queries.rows(view, org.id(), selection.filter(), period, wasted,
                BreakdownSort.of(range.sort()), !"asc".equalsIgnoreCase(range.dir()), CSV_ROWS);
        StringBuilder csv = new StringBuilder();
        view.labels().forEach(label -> csv.append(label.column()).append(','));
        csv.append("currency,spend,sales_14d,acos_percent,clicks,orders_14d\n");
        for (BreakdownRow row : rows) {
            row.labels().forEach(label -> csv.append(cell(label)).append(','));
            csv.append(cell(row.currency())).append(',').append(row.spend().toPlainString()).append(',')
                    .append(row.sales().toPlainString()).append(',')
                    .append(row.acos() == null ? "" : row.acos().toPlainString()).append(',')
                    .append(row.clicks()).append(',').append(row.orders()).append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("amazon-ads-" + view.slug() + "-org" + org.id() + "-" + period.from() + "-to-"
                                + period.to() + ".csv").build().toString())
                .body(csv.toString());
    }

    private static BreakdownView view(String slug) {
        return BreakdownView.of(slug).orElseThrow(() -> new BadRequestException("There is no report view " + slug));
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
