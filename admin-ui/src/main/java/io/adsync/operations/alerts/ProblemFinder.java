package io.adsync.operations.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.adsync.ads.AdsCredentials;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.operations.SyncChecks;
import io.adsync.settings.SecretMask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The problems an org's sync has now: its last run of a job failed or ended partial; a report
 * failed and its days are not loaded since; Amazon refuses its credentials; its yesterday is late.
 * Everything is read from what the jobs wrote; nothing here asks Amazon.
 */
@Component
public class ProblemFinder {

    private final SyncChecks checks;
    private final AdsAccounts accounts;
    private final JdbcClient jdbc;

    public ProblemFinder(SyncChecks checks, AdsAccounts accounts, JdbcClient jdbc) {
        this.checks = checks;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public List<Problem> find(long orgId) {
        AdsCredentials credentials = accounts.credentials(orgId);
        List<Problem> problems = new ArrayList<>(runProblems(orgId, credentials));
        failedReports(orgId).forEach(problems::add);
        // while the daily runs fail, late data is their consequence, not a problem of its own (as in the health)
        boolean dailyRunsFail = checks.failedDailyRun(orgId).isPresent()
                || problems.stream().anyMatch(problem -> problem.kind() == AlertKind.CREDENTIALS_REFUSED);
        if (!dailyRunsFail) {
            checks.lateDay(orgId).ifPresent(late -> problems.add(new Problem(orgId, AlertKind.DATA_STALE,
                    late.profileId() + ":" + late.reportType(), late.message())));
        }
        return problems.stream()
                .map(problem -> new Problem(problem.orgId(), problem.kind(), problem.key(),
                        withoutSecrets(problem.message(), credentials)))
                .toList();
    }

    private List<Problem> runProblems(long orgId, AdsCredentials credentials) {
        String profile = Long.toString(credentials.profileId());
        // a connection saved without a profile id syncs the profiles ticked under Settings
        String whose = credentials.namesAProfile() ? "profile " + profile : "the Amazon Ads connection";
        List<SyncLog> failed = checks.lastRuns(orgId).stream()
                .filter(run -> !SyncLog.SUCCESS.equals(run.status()))
                .toList();
        // refused credentials fail every job: one problem, not one per job
        Optional<SyncLog> refused = failed.stream().filter(SyncLog::credentialsRefused).reduce((a, b) -> b);
        if (refused.isPresent()) {
            return List.of(new Problem(orgId, AlertKind.CREDENTIALS_REFUSED, profile, "Amazon refuses the "
                    + "credentials of " + whose + " (organization " + orgId + "), so nothing syncs: "
                    + refused.get().message()));
        }
        return failed.stream()
                .map(run -> new Problem(orgId, AlertKind.RUN_FAILED, run.jobName(), "The last " + run.jobName()
                        + " run of organization " + orgId + " (" + whose + ") ended " + run.status()
                        + ": " + run.message()))
                .toList();
    }

    private List<Problem> failedReports(long orgId) {
        return jdbc.sql("""
                        select p.report_id, p.profile_id, p.start_date, p.end_date, p.failure_reason
                        from amazon_ads_pending_reports p
                        where p.org_id = ? and p.status = 'failed'
                          and exists (select 1 from generate_series(p.start_date, p.end_date, interval '1 day') day
                                      where not exists (select 1 from report_coverage c
                                                        where c.org_id = p.org_id and c.profile_id = p.profile_id
                                                          and c.report_type = p.report_type and c.date = day::date
                                                          and c.loaded_at > p.updated_at))""")
                .param(orgId)
                .query((rs, n) -> new Problem(orgId, AlertKind.REPORT_FAILED, rs.getString("report_id"),
                        "Amazon report " + rs.getString("report_id") + " of profile " + rs.getLong("profile_id")
                                + " (organization " + orgId + ", " + rs.getDate("start_date") + " to "
                                + rs.getDate("end_date") + ") failed: " + rs.getString("failure_reason")
                                + ". Its days are not loaded until a later report of them is."))
                .list();
    }

    /** Amazon's reasons never quote secrets, but an alert leaves the building: make sure. */
    private static String withoutSecrets(String message, AdsCredentials credentials) {
        String safe = message;
        for (String secret : new String[] {credentials.clientSecret(), credentials.refreshToken()}) {
            if (secret != null && !secret.isBlank()) {
                safe = safe.replace(secret, SecretMask.mask(secret));
            }
        }
        return safe;
    }
}
