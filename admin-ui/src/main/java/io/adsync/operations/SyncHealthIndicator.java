package io.adsync.operations;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.adsync.jobs.synclog.SyncLog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code sync} part of {@code /actuator/health}: DOWN when an org's last request or collect
 * failed, OUT_OF_SERVICE when its yesterday is not loaded by {@code adsync.alerts.fresh-by}, UP
 * otherwise; what each org is in, in the details. Not part of the readiness probe: a failed sync
 * is the operator's to fix, and taking the console out of service would only hide it.
 */
@Component("sync")
public class SyncHealthIndicator implements HealthIndicator {

    private final SyncChecks checks;

    public SyncHealthIndicator(SyncChecks checks) {
        this.checks = checks;
    }

    @Override
    public Health health() {
        Status worst = Status.UP;
        Map<String, String> orgs = new TreeMap<>();
        for (long orgId : checks.orgs()) {
            Optional<SyncLog> failed = checks.failedDailyRun(orgId);
            Optional<LateDay> late = failed.isPresent() ? Optional.empty() : checks.lateDay(orgId);
            Status status = failed.isPresent() ? Status.DOWN : late.isPresent() ? Status.OUT_OF_SERVICE : Status.UP;
            orgs.put("org " + orgId, failed.map(run -> "DOWN: the last " + run.jobName() + " run failed: "
                            + run.message())
                    .or(() -> late.map(day -> "OUT_OF_SERVICE: " + day.message()))
                    .orElse("UP"));
            worst = worse(worst, status);
        }
        return Health.status(worst).withDetail("organizations", orgs).build();
    }

    private static Status worse(Status a, Status b) {
        return a == Status.DOWN || b == Status.DOWN ? Status.DOWN
                : a == Status.OUT_OF_SERVICE || b == Status.OUT_OF_SERVICE ? Status.OUT_OF_SERVICE : Status.UP;
    }
}
