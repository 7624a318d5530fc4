package io.adsync.web.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.adsync.jobs.account.AdsAccounts;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.coverage.ConsoleBackfill;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Organization;
import io.adsync.web.profiles.ProfileSelection;
import io.adsync.web.profiles.ProfileSelections;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Reports page: a profile selector (all of the org's or one), a date range (with 7/30/90-day
 * presets), the summary and Revenue vs Expenses charts, the scorecards (a row per currency when the
 * profiles span several), the per-campaign table, the CSV export and the "Sync Data" button. Charts
 * and scorecards are drawn from the same {@link AmazonReport} that {@code GET /api/reports/amazon}
 * answers.
 */
@ConsoleController
public class ReportsPageController {

    /** htmx event the page's report section listens to: a sync finished, the numbers changed. */
    static final String REFRESH_EVENT = "report-refresh";

    private final AmazonReports reports;
    private final ManualSyncs syncs;
    private final JsonMapper json;
    private final AdsAccounts accounts;
    private final ConsoleBackfill backfill;
    private final ProfileSelections profiles;

    public ReportsPageController(AmazonReports reports, ManualSyncs syncs, JsonMapper json, AdsAccounts accounts,
                                 ConsoleBackfill backfill, ProfileSelections profiles) {
        this.reports = reports;
        this.syncs = syncs;
        this.json = json;
        this.accounts = accounts;
        this.backfill = backfill;
        this.profiles = profiles;
    }

    /**
     * A range that is not valid (not a date, reversed, too long) is said beside the form, which keeps
     * what was typed, over the default range: the user corrects it there instead of on an error page.
     * An unknown profile is an error page (400): the selector never sends one.
     */
    @GetMapping("/reports")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, RangeParams range, BindingResult binding,
                       Model model, HttpServletResponse response) {
        ProfileSelection selection = profiles.select(org.id(), range.profileId());
        try {
            if (binding.hasFieldErrors()) {
                FieldError error = binding.getFieldErrors().get(0);
                throw new BadRequestException("The value '" + error.getRejectedValue() + "' of " + error.getField()
                        + " is not a date: write dates as YYYY-MM-DD");
            }
            report(org, selection, range, model);
        } catch (BadRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rangeError", e.getMessage());
            report(org, selection, RangeParams.DEFAULT, model);
        }
        model.addAttribute("presets", ReportPeriod.PRESETS);
        model.addAttribute("today", accounts.today(org.id()));
        if (syncs.running(org.id())) {
            model.addAttribute("sync", syncs.progress(org.id()).orElseThrow());
        }
        return "reports";
    }

    @GetMapping("/reports/section")
    public String section(@ModelAttribute(ConsoleAdvice.ORG) Organization org, RangeParams range, Model model) {
        report(org, profiles.select(org.id(), range.profileId()), range, model);
        return "reports :: report";
    }

    @GetMapping("/reports/campaigns")
    public String campaigns(@ModelAttribute(ConsoleAdvice.ORG) Organization org, RangeParams range, Model model) {
        campaignTable(org, profiles.select(org.id(), range.profileId()), range.period(accounts.today(org.id())),
                range, model);
        return "reports :: campaigns";
    }

    @GetMapping(value = "/reports/export.csv")
    @ResponseBody
    public ResponseEntity<String> export(@ModelAttribute(ConsoleAdvice.ORG) Organization org, RangeParams range) {
        ReportPeriod period = range.period(accounts.today(org.id()));
        ProfileSelection selection = profiles.select(org.id(), range.profileId());
        // with several currencies the days carry no money (it is never summed across them): those cells are empty
        StringBuilder csv = new StringBuilder(
                "date,revenue,units,sessions,ad_spend,ad_revenue,fba_fees,referral_fees,estimated_payout\n");
        for (DailyFigures day : reports.report(org.id(), selection, period).days()) {
            csv.append(day.date()).append(',').append(plain(day.revenue())).append(',').append(plain(day.units()))
                    .append(',').append(plain(day.sessions())).append(',').append(plain(day.adSpend())).append(',')
                    .append(plain(day.adRevenue())).append(',').append(plain(day.fbaFees())).append(',')
                    .append(plain(day.referralFees())).append(',').append(plain(day.estimatedPayout()))
                    .append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("amazon-ads-org" + org.id() + "-" + period.from() + "-to-" + period.to() + ".csv")
                        .build().toString())
                .body(csv.toString());
    }

    @PostMapping("/reports/sync")
    public String sync(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        model.addAttribute("sync", syncs.start(org.id()));
        return "reports :: sync-progress";
    }

    /**
     * "Backfill these days": exactly the days of the page's range that are not loaded for the selection,
     * for the one selected profile, else for every enabled profile (each skips the days it has).
     */
    @PostMapping("/reports/backfill")
    public String backfill(@ModelAttribute(ConsoleAdvice.ORG) Organization org, RangeParams range, Model model) {
        ReportPeriod period = range.period(accounts.today(org.id()));
        ProfileSelection selection = profiles.select(org.id(), range.profileId());
        model.addAttribute("flash", backfill.start(org.id(), selection.single(),
                reports.report(org.id(), selection, period).adsNotLoaded()));
        report(org, selection, range, model);
        return "reports :: backfill-action";
    }

    /** Polled while a sync runs; the answer that finds it finished tells the report section to reload. */
    @GetMapping("/reports/sync/progress")
    public String syncProgress(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model,
                               HttpServletResponse response) {
        SyncProgress progress = syncs.progress(org.id()).orElse(null);
        model.addAttribute("sync", progress);
        if (progress != null && !progress.running()) {
            response.setHeader("HX-Trigger", REFRESH_EVENT);
        }
        return "reports :: sync-progress";
    }

    private void report(Organization org, ProfileSelection selection, RangeParams range, Model model) {
        ReportPeriod period = range.period(accounts.today(org.id()));
        AmazonReport report = reports.report(org.id(), selection, period);
        model.addAttribute("period", period);
        model.addAttribute("report", report);
        model.addAttribute("reportJson", json.writeValueAsString(report));
        model.addAttribute("currency", report.currency());
        model.addAttribute("backfilling", backfill.running(org.id()).isPresent());
        // one currency's SKUs: those of its profiles' marketplaces
        model.addAttribute("skus", report.hasSales() && !report.mixesCurrencies()
                ? reports.skus(org.id(), selection, report.currency(), period) : List.of());
        campaignTable(org, selection, period, range, model);
    }

    private void campaignTable(Organization org, ProfileSelection selection, ReportPeriod period, RangeParams range,
                               Model model) {
        CampaignSort sort = CampaignSort.of(range.sort());
        boolean descending = !"asc".equalsIgnoreCase(range.dir());
        List<CampaignFigures> all = reports.campaigns(org.id(), selection, period, sort, descending);
        String adProduct = range.adProductFilter();
        model.addAttribute("adProductChoices", AdProductChoice.of(all));
        model.addAttribute("adProduct", adProduct);
        model.addAttribute("adProductQuery", AdProductChoice.query(adProduct));
        List<CampaignFigures> campaigns = adProduct == null ? all
                : all.stream().filter(campaign -> campaign.adProductShort().equals(adProduct)).toList();
        model.addAttribute("period", period);
        model.addAttribute("profiles", selection);
        model.addAttribute("profileParam", selection.param());
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("sort", sort.param());
        model.addAttribute("descending", descending);
    }

    /** CSV keeps plain numbers; a side not loaded for the day is an empty cell, not 0. */
    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /**
     * The range a reports request asks for: {@code days} (a preset, ending yesterday) or
     * {@code from}/{@code to}; plus the campaign table's sort and ad product ({@code SP}, {@code SB} or
     * {@code SD}; none for all) and the profiles ({@code profileId}: none for all, one, or several
     * separated by commas).
     */
    public record RangeParams(Integer days,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              String sort, String dir, String profileId, String adProduct) {

        static final RangeParams DEFAULT = new RangeParams(null, null, null, null, null, null, null);
        private static final List<String> AD_PRODUCTS = List.of("SP", "SB", "SD");

        /** The campaign table's ad product, or null for all of them. */
        String adProductFilter() {
            if (adProduct == null || adProduct.isBlank()) {
                return null;
            }
            if (!AD_PRODUCTS.contains(adProduct)) {
                throw new BadRequestException("adProduct must be one of SP, SB or SD, got " + adProduct);
            }
            return adProduct;
        }

        /** @param today the profile's today: report days are the profile's local days */
        public ReportPeriod period(LocalDate today) {
            if (days != null) {
                if (days < 1 || days > ReportPeriod.MAX_DAYS) {
                    throw new BadRequestException("days must be between 1 and " + ReportPeriod.MAX_DAYS
                            + ", got " + days);
                }
                return ReportPeriod.lastDays(days, today);
            }
            return ReportPeriod.of(from, to, today);
        }
    }
}
