package io.adsync.web.reports;

import java.time.LocalDate;

import io.adsync.jobs.account.AdsAccounts;
import io.adsync.web.api.OrgId;
import io.adsync.web.profiles.ProfileSelections;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/amazon?orgId=1&from=YYYY-MM-DD&to=YYYY-MM-DD&profileId=1,2}: the daily series of
 * the reports page, of all the org's profiles or of those {@code profileId} names. Dates left out default
 * to the last 30 days ending yesterday, in the profile's time zone (Amazon's report days are the profile's
 * local days).
 */
@RestController
public class AmazonReportController {

    private final AmazonReports reports;
    private final AdsAccounts accounts;
    private final ProfileSelections profiles;

    public AmazonReportController(AmazonReports reports, AdsAccounts accounts, ProfileSelections profiles) {
        this.reports = reports;
        this.accounts = accounts;
        this.profiles = profiles;
    }

    @GetMapping("/api/reports/amazon")
    public AmazonReport report(OrgId org,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String profileId) {
        return reports.report(org.value(), profiles.select(org.value(), profileId),
                ReportPeriod.of(from, to, accounts.today(org.value())));
    }
}
