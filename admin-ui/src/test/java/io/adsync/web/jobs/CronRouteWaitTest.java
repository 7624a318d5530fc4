package io.adsync.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.adsync.jobs.launch.JobRunner;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A cron route holds its servlet thread for a bounded time only; the run carries on without it. */
@AdsSyncAppTest
@TestPropertySource(properties = "adsync.jobs.route-wait=500ms")
class CronRouteWaitTest {

    @LocalServerPort
    int port;

    @Autowired
    AdsSandbox sandbox;

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepository jobRepository;

    @AfterEach
    void noFaultsLeft() {
        sandbox.faults().reset();
    }

    @Test
    void aRunLongerThanTheWaitIsAnswered202WithItsIdAndCarriesOn() {
        // a token and five report creations at 1 s each: far longer than the route waits
        sandbox.faults().latency(Duration.ofSeconds(1));

        Response response = new TestHttp(port).get("/api/cron/amazon-ads-request?orgId=1",
                "Authorization", "Bearer " + AdsSyncAppTest.CRON_SECRET);

        assertThat(response.status()).isEqualTo(202);
        JsonNode body = response.json();
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("message").asString()).contains("still going");
        JobExecution execution = jobRepository.getJobExecution(body.get("jobExecutionId").asLong());
        assertThat(execution.isRunning()).isTrue();

        sandbox.faults().reset();
        JobExecution ended = runner.await(execution, Duration.ofMinutes(2));

        assertThat(ended.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }
}
