package io.adsync.web.coverage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Coverage page: for each of the last 95 days, whether ad data is loaded and when it was last
 * refreshed (so the restatement re-fetches show, and gaps stand out), with one click to backfill
 * the missing dates.
 */
@ConsoleController
public class CoveragePageController {

    /** Reports in flight at once when the coverage page starts a backfill (the backfill form's default). */
    static final int BACKFILL_BATCH = 5;

    private final CoverageQueries queries;
    private final AdsJobs jobs;
    private final AdsAccounts accounts;

    public CoveragePageController(CoverageQueries queries, AdsJobs jobs, AdsAccounts accounts) {
        this.accounts = accounts;
        this.queries = queries;
        this.jobs = jobs;
    }

    @GetMapping("/coverage")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        model.addAttribute("coverage", coverage(org.id()));
        model.addAttribute("zone", ZoneId.systemDefault());
        return "coverage";
    }

    @PostMapping("/coverage/backfill")
    public String backfill(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        Coverage coverage = coverage(org.id());
        Flash flash = coverage.backfillDays()
                .map(days -> {
                    JobExecution execution = jobs.backfill(org.id(), days, BACKFILL_BATCH);
                    return Flash.ok("Backfill started as run #" + execution.getId() + ": it requests the "
                            + coverage.missingCount() + " missing dates of the last " + days
                            + " days (loaded dates are skipped). Follow it on the Jobs page.");
                })
                .orElse(Flash.ok("Nothing to backfill: every date of the last " + Coverage.DAYS
                        + " days is loaded or requested."));
        model.addAttribute("flash", flash);
        model.addAttribute("coverage", coverage(org.id()));
        model.addAttribute("zone", ZoneId.systemDefault());
        return "coverage :: action";
    }

    private Coverage coverage(long orgId) {
        LocalDate today = accounts.today(orgId);
        LocalDate first = today.minusDays(Coverage.DAYS);
        LocalDate last = today.minusDays(1);
        Map<LocalDate, CoverageQueries.LoadedDate> loaded = queries.loaded(orgId, first, last).stream()
                .collect(Collectors.toMap(CoverageQueries.LoadedDate::date, Function.identity()));
        List<CoverageQueries.Range> requested = queries.requested(orgId);
        List<CoverageDay> days = first.datesUntil(today)
                .map(date -> {
                    CoverageQueries.LoadedDate row = loaded.get(date);
                    return new CoverageDay(date, row == null ? 0 : row.campaigns(),
                            row == null ? null : row.lastRefreshed(),
                            requested.stream().anyMatch(range -> range.contains(date)));
                })
                .toList();
        return new Coverage(today, days);
    }
}
