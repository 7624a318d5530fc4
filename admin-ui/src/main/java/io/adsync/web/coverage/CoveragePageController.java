package io.adsync.web.coverage;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.adsync.coverage.CoveredDay;
import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.request.RefreshWindow;
import io.adsync.profiles.AdsProfiles;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import io.adsync.web.profiles.ProfileSelection;
import io.adsync.web.profiles.ProfileSelections;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Coverage page: for each of the last 95 days, whether a report of it is loaded (with or
 * without activity), requested or missing, and how old the day was at its last load (so the
 * restatement re-fetches show, and gaps stand out), with one click to backfill the missing dates.
 * While reports are requested or a backfill runs, the calendar refreshes itself. The calendar is of one
 * profile, or of all (a date loaded when every enabled profile has it, as on the Reports page).
 */
@ConsoleController
public class CoveragePageController {

    private final ReportCoverage reportCoverage;
    private final CoverageQueries queries;
    private final ConsoleBackfill backfill;
    private final AdsAccounts accounts;
    private final int refreshDays;
    private final ProfileSelections profileSelections;
    private final AdsProfiles adsProfiles;

    public CoveragePageController(ReportCoverage reportCoverage, CoverageQueries queries, ConsoleBackfill backfill,
                                  AdsAccounts accounts, JobsProperties properties,
                                  ProfileSelections profileSelections, AdsProfiles adsProfiles) {
        this.reportCoverage = reportCoverage;
        this.queries = queries;
        this.backfill = backfill;
        this.accounts = accounts;
        this.refreshDays = properties.refreshDays();
        this.profileSelections = profileSelections;
        this.adsProfiles = adsProfiles;
    }

    /** The profile selector ({@code profileId}, none for all), carried by the page, its polling and its backfill. */
    @ModelAttribute("profiles")
    public ProfileSelection profiles(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                                     @RequestParam(required = false) String profileId) {
        return profileSelections.select(org.id(), profileId);
    }

    /**
     * The report type whose dates the calendar shows ({@code reportType}, spCampaigns by default), and
     * the types to choose from: spCampaigns and those an enabled profile of the selection syncs.
     */
    @ModelAttribute("reportType")
    public ReportDefinition reportType(@RequestParam(required = false) String reportType) {
        if (reportType == null || reportType.isBlank()) {
            return ReportCatalog.spCampaigns();
        }
        return ReportCatalog.find(reportType).orElseThrow(() -> new BadRequestException("Unknown report type "
                + reportType + "; the types are " + ReportCatalog.all().stream()
                        .map(ReportDefinition::reportTypeId).collect(Collectors.joining(", "))));
    }

    @ModelAttribute("reportTypes")
    public List<String> reportTypes(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                                    @ModelAttribute("profiles") ProfileSelection profiles) {
        Set<String> synced = new LinkedHashSet<>(List.of(ReportCatalog.SP_CAMPAIGNS));
        adsProfiles.enabled(org.id()).stream()
                .filter(profile -> profiles.whole() || profiles.isSelected(profile.profileId()))
                .flatMap(profile -> profile.reportDefinitions().stream())
                .map(ReportDefinition::reportTypeId)
                .forEach(synced::add);
        return List.copyOf(synced);
    }

    @GetMapping("/coverage")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                       @ModelAttribute("profiles") ProfileSelection profiles,
                       @ModelAttribute("reportType") ReportDefinition reportType, Model model) {
        calendar(org.id(), profiles, reportType, model);
        return "coverage";
    }

    /** The calendar alone, polled while something is on its way. */
    @GetMapping("/coverage/calendar")
    public String calendar(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                           @ModelAttribute("profiles") ProfileSelection profiles,
                           @ModelAttribute("reportType") ReportDefinition reportType, Model model) {
        calendar(org.id(), profiles, reportType, model);
        return "coverage :: coverage";
    }

    @PostMapping("/coverage/backfill")
    public String backfill(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                           @ModelAttribute("profiles") ProfileSelection profiles,
                           @ModelAttribute("reportType") ReportDefinition reportType, Model model) {
        List<LocalDate> missing = coverage(org.id(), profiles, reportType, Optional.empty()).missingDates();
        model.addAttribute("flash", missing.isEmpty()
                ? Flash.ok("Nothing to backfill: every date of the last " + Coverage.DAYS
                        + " days is loaded or requested.")
                : backfill.start(org.id(), profiles.single(), missing));
        calendar(org.id(), profiles, reportType, model);
        return "coverage :: action";
    }

    private void calendar(long orgId, ProfileSelection profiles, ReportDefinition reportType, Model model) {
        Optional<DateRange> backfilling = backfill.runningWindow(orgId);
        model.addAttribute("coverage", coverage(orgId, profiles, reportType, backfilling));
        model.addAttribute("typeQuery", reportType.reportTypeId().equals(ReportCatalog.SP_CAMPAIGNS) ? ""
                : "&reportType=" + reportType.reportTypeId());
        model.addAttribute("backfilling", backfilling.isPresent());
        model.addAttribute("zone", accounts.displayZone(orgId));
        model.addAttribute("refreshDays", refreshDays);
    }

    /**
     * @param backfilling the window of a running backfill: its days not loaded yet are requested from
     *                    the moment it starts, before its plan has asked Amazon for them
     */
    private Coverage coverage(long orgId, ProfileSelection profiles, ReportDefinition reportType,
                              Optional<DateRange> backfilling) {
        LocalDate today = accounts.today(orgId);
        LocalDate first = today.minusDays(Coverage.DAYS);
        LocalDate oldestKept = today.minusDays(reportType.retentionDays());
        Map<LocalDate, CoveredDay> covered = reportCoverage.daysCoveredByEach(orgId, profiles.coverageProfiles(),
                        reportType.reportTypeId(), first, today.minusDays(1)).stream()
                .collect(Collectors.toMap(CoveredDay::date, Function.identity()));
        List<DateRange> requested = queries.requested(orgId, profiles.filter());
        LocalDate refreshedFrom = RefreshWindow.of(today, refreshDays, AdsJobs.RETENTION_DAYS).first();
        List<CoverageDay> days = first.datesUntil(today)
                .map(date -> new CoverageDay(date, covered.get(date),
                        requested.stream().anyMatch(range -> range.contains(date))
                                || backfilling.filter(window -> window.contains(date)).isPresent(),
                        date.isBefore(refreshedFrom), date.isBefore(oldestKept)))
                .toList();
        return new Coverage(today, days, !requested.isEmpty() || backfilling.isPresent());
    }
}
