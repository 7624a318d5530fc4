package io.adsync.operations.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.adsync.jobs.AdsJobs;
import io.adsync.operations.OperationsAppTest;
import io.adsync.sandbox.SandboxAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data late: yesterday is due at midnight in this context, so it is late until it is loaded. */
@OperationsAppTest
class DataLateAlertTest {

    static final long ORG = 1;

    @Autowired
    AdsJobs jobs;

    @Autowired
    AlertEvents events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void yesterdayNotLoadedIsOneOpenProblemUntilASyncLoadsIt() {
        // whatever another test of this context loaded: yesterday is not loaded
        jdbc.sql("delete from report_coverage where org_id = ?").param(ORG).update();

        await().atMost(Duration.ofSeconds(10)).until(() -> !late().isEmpty());
        assertThat(late()).singleElement().satisfies(event -> assertThat(event.message())
                .startsWith("Data is late: the spCampaigns report of profile " + SandboxAccounts.PROFILE_GB)
                .contains("should be by 00:00 profile time"));

        jobs.manualSync(ORG, null);

        await().atMost(Duration.ofSeconds(10)).until(() -> late().isEmpty());
        assertThat(events.history(ORG, 100).stream().filter(event -> event.kind() == AlertKind.DATA_STALE))
                .as("closed, none opened again").allMatch(event -> !event.isOpen());
    }

    private List<AlertEvent> late() {
        return events.openProblems(ORG).stream().filter(event -> event.kind() == AlertKind.DATA_STALE).toList();
    }
}
