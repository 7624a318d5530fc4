package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.schedule.JobScheduler;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Restarting a failed collect holds nobody's thread: the scheduler's call returns while the
 * restart runs on the batch executor, and the new run follows it there.
 */
class CollectRestartTest extends JobsTestSupport {

    @Test
    void theSchedulerReturnsWhileTheRestartRunsAndTheNewRunFollowsIt() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        amazonFinishesItsReports();
        SANDBOX.faults().truncateNextDownloads(1);
        JobExecution failed = runs.await(jobs.collect(ORG));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        // every call to Amazon now takes 2 s: the restart's download keeps it running well past the call
        SANDBOX.faults().latency(Duration.ofSeconds(2));

        new JobScheduler(jobs, accounts, profiles, pendingReports, properties).collectWhilePending();

        JobExecution restart = history.lastExecution(JobNames.COLLECT, ORG);
        assertThat(restart.getId()).isNotEqualTo(failed.getId());
        assertThat(restart.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(restart.isRunning()).as("the scheduler did not wait for the restart").isTrue();
        assertThat(jobs.collect(ORG).getId()).as("a call meanwhile answers with the running restart")
                .isEqualTo(restart.getId());

        SANDBOX.faults().latency(Duration.ZERO);
        JobExecution followUp = await().atMost(Duration.ofMinutes(2))
                .until(() -> history.lastExecution(JobNames.COLLECT, ORG),
                        last -> last.getJobInstance().getInstanceId() != failed.getJobInstance().getInstanceId()
                                && !last.isRunning());

        assertThat(jobRepository.getJobExecution(restart.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(followUp.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobRepository.getJobInstances(JobNames.COLLECT, 0, 10)).as("the failed run and the new one")
                .hasSize(2);
        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
        LocalDate today = todayInProfileZone();
        for (int days : List.of(1, 3, 7, 14, 30)) {
            assertTableEqualsSandbox(today.minusDays(days), today);
        }
    }
}
