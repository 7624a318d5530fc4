package io.adsync.operations.alerts;

import java.util.List;

import io.adsync.operations.AlertsProperties;
import io.adsync.operations.OperationsTicker;
import io.adsync.operations.SyncChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every {@code adsync.alerts.check-interval}, looks at each syncing org's problems: a new one is
 * opened and alerted once; an open one that is no longer there is closed with one "recovered". It
 * reads what the jobs wrote (sync logs, reports, coverage) and runs beside them, so alerting can
 * neither fail nor slow a job.
 */
@Component
public class AlertMonitor {

    private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

    private final SyncChecks checks;
    private final ProblemFinder finder;
    private final AlertEvents events;
    private final AlertDelivery delivery;
    private final OperationsTicker ticker;
    private final AlertsProperties properties;

    public AlertMonitor(SyncChecks checks, ProblemFinder finder, AlertEvents events, AlertDelivery delivery,
                        OperationsTicker ticker, AlertsProperties properties) {
        this.checks = checks;
        this.finder = finder;
        this.events = events;
        this.delivery = delivery;
        this.ticker = ticker;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        ticker.every(properties.checkInterval(), "The alert check", this::check);
    }

    void check() {
        for (long orgId : checks.orgs()) {
            try {
                check(orgId);
            } catch (RuntimeException e) {
                log.warn("Could not check organization {} for problems: {}", orgId, e.toString());
            }
        }
    }

    private void check(long orgId) {
        List<AlertEvent> open = events.openProblems(orgId);
        List<Problem> problems = finder.find(orgId);
        for (Problem problem : problems) {
            events.open(problem).ifPresent(opened -> delivery.deliver(opened, AlertMessage.opened(opened)));
        }
        for (AlertEvent event : open) {
            boolean cleared = problems.stream()
                    .noneMatch(problem -> problem.kind() == event.kind() && problem.key().equals(event.key()));
            if (cleared) {
                events.close(event.id()).ifPresent(closed -> delivery.deliver(closed, AlertMessage.recovered(closed)));
            }
        }
    }

    /** The console's "Send test alert": recorded like any alert, delivered the same way. */
    public AlertEvent sendTest(long orgId) {
        AlertEvent test = events.recordTest(orgId, "A test alert sent from the console for organization " + orgId
                + ": alerts reach this channel.");
        delivery.deliver(test, AlertMessage.opened(test));
        return test;
    }
}
