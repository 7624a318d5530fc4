package io.adsync.web.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.adsync.coverage.CoveredDay;
import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.request.RefreshWindow;
import io.adsync.report.ReportCatalog;
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

    public CoveragePageController(ReportCoverage reportCoverage, CoverageQueries queries, ConsoleBackfill backfill,
                                  AdsAccounts accounts, JobsProperties properties,
                                  ProfileSelections profileSelections) {
        this.reportCoverage = reportCoverage;
        this.queries = queries;
        this.backfill = backfill;
        this.accounts = accounts;
        this.refreshDays = properties.refreshDays();
        this.profileSelections = profileSelections;
    }

    /** The profile selector ({@code profileId}, none for all), carried by the page, its polling and its backfill. */
    @ModelAttribute("profiles")
    public ProfileSelection profiles(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                                     @RequestParam(required = false) String profileId) {
        return profileSelections.select(org.id(), profileId);
    }

    @GetMapping("/coverage")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                       @ModelAttribute("profiles") ProfileSelection profiles, Model model) {
        calendar(org.id(), profiles, model);
        return "coverage";
    }

    /** The calendar alone, polled while something is on its way. */
    @GetMapping("/coverage/calendar")
    public String calendar(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                           @ModelAttribute("profiles") ProfileSelection profiles, Model model) {
        calendar(org.id(), profiles, model);
        return "coverage :: coverage";
    }

    @PostMapping("/coverage/backfill")
    public String backfill(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                           @ModelAttribute("profiles") ProfileSelection profiles, Model model) {
        List<LocalDate> missing = coverage(org.id(), profiles, Optional.empty()).missingDates();
        model.addAttribute("flash", missing.isEmpty()
                ? Flash.ok("Nothing to backfill: every date of the last " + Coverage.DAYS
                        + " days is loaded or requested.")
                : backfill.start(org.id(), profiles.single(), missing));
        calendar(org.id(), profiles, model);
        return "coverage :: action";
    }

    private void calendar(long orgId, ProfileSelection profiles, Model model) {
        Optional<DateRange> backfilling = backfill.runningWindow(orgId);
        model.addAttribute("coverage", coverage(orgId, profiles, backfilling));
        model.addAttribute("backfilling", backfilling.isPresent());
        model.addAttribute("zone", accounts.displayZone(orgId));
        model.addAttribute("refreshDays", refreshDays);
    }

    /**
     * @param backfilling the window of a running backfill: its days not loaded yet are requested from
     *                    the moment it starts, before its plan has asked Amazon for them
     */
    private Coverage coverage(long orgId, ProfileSelection profiles, Optional<DateRange> backfilling) {
        LocalDate today = accounts.today(orgId);
        LocalDate first = today.minusDays(Coverage.DAYS);
        Map<LocalDate, CoveredDay> covered = reportCoverage.daysCoveredByEach(orgId, profiles.coverageProfiles(),
                        ReportCatalog.SP_CAMPAIGNS, first, today.minusDays(1)).stream()
                .collect(Collectors.toMap(CoveredDay::date, Function.identity()));
        List<DateRange> requested = queries.requested(orgId, profiles.filter());
        LocalDate refreshedFrom = RefreshWindow.of(today, refreshDays, AdsJobs.RETENTION_DAYS).first();
        List<CoverageDay> days = first.datesUntil(today)
                .map(date -> new CoverageDay(date, covered.get(date),
                        requested.stream().anyMatch(range -> range.contains(date))
                                || backfilling.filter(window -> window.contains(date)).isPresent(),
                        date.isBefore(refreshedFrom)))
                .toList();
        return new Coverage(today, days, !requested.isEmpty() || backfilling.isPresent());
    }
}
