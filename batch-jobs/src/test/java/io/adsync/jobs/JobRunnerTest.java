package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adsync.jobs.launch.OtherOrganizationExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

class JobRunnerTest extends JobsTestSupport {

    @Test
    void anUnknownExecutionIsRefusedInPlainWords() {
        assertThatThrownBy(() -> runner.restart(987_654L, ORG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no job execution 987654");
        assertThatThrownBy(() -> runner.stop(987_654L, ORG))
                .hasMessageContaining("There is no job execution 987654");
    }

    @Test
    void anExecutionOfAnotherOrganizationIsNeitherRestartedNorStopped() {
        JobExecution request = runs.await(jobs.requestDaily(ORG, PROFILE));
        long otherOrg = ORG + 1;

        assertThatThrownBy(() -> runner.restart(request.getId(), otherOrg))
                .isInstanceOf(OtherOrganizationExecutionException.class)
                .hasMessageStartingWith("Run #" + request.getId() + " belongs to another organization");
        assertThatThrownBy(() -> runner.stop(request.getId(), otherOrg))
                .isInstanceOf(OtherOrganizationExecutionException.class);
    }

    @Test
    void aFailedCollectRestartedByIdResumesAndCompletes() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        amazonFinishesItsReports();
        SANDBOX.faults().truncateNextDownloads(1);
        JobExecution failed = runs.await(jobs.collect(ORG));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        JobExecution restarted = runs.await(runner.restart(failed.getId(), ORG));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo("completed"));
        java.time.LocalDate today = todayInProfileZone();
        for (int days : java.util.List.of(1, 3, 7, 14, 30)) {
            assertTableEqualsSandbox(today.minusDays(days), today);
        }
    }
}
