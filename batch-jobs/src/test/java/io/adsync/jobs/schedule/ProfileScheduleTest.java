package io.adsync.jobs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.JobsTestSupport;
import io.adsync.profiles.ProfileDiscovery;
import io.adsync.sandbox.SandboxAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/** Each profile's daily request runs at 09:00 of its own day, so its yesterday is over and complete. */
class ProfileScheduleTest extends JobsTestSupport {

    private static final long US = SandboxAccounts.PROFILE_US;

    @Autowired
    private ProfileDiscovery discovery;

    @BeforeEach
    void londonAndLosAngelesEnabled() {
        discovery.discover(ORG);
        profiles.update(ORG, US, true, List.of("spCampaigns"));
    }

    @Test
    void atNineInLondonOnlyTheLondonProfileIsRequested() {
        Instant nineTenInLondon = LocalDate.now(ZoneId.of("Europe/London")).atTime(LocalTime.of(9, 10))
                .atZone(ZoneId.of("Europe/London")).toInstant();

        scheduler().request(nineTenInLondon);
        requestRuns().forEach(runs::await);

        assertThat(requestRuns()).extracting(run -> run.getJobParameters().getLong(JobNames.PROFILE_ID))
                .containsExactly(PROFILE);
    }

    @Test
    void laterChecksOfTheSameHourStartNothingNew() {
        Instant nineInLosAngeles = LocalDate.now(ZoneId.of("America/Los_Angeles")).atTime(LocalTime.of(9, 0))
                .atZone(ZoneId.of("America/Los_Angeles")).toInstant();

        scheduler().request(nineInLosAngeles);
        requestRuns().forEach(runs::await);
        scheduler().request(nineInLosAngeles.plusSeconds(15 * 60));
        scheduler().request(nineInLosAngeles.plusSeconds(45 * 60));
        requestRuns().forEach(runs::await);

        assertThat(requestRuns()).singleElement()
                .satisfies(run -> assertThat(run.getJobParameters().getLong(JobNames.PROFILE_ID)).isEqualTo(US));
        assertThat(SANDBOX.stats().createReportCalls(US)).isEqualTo(WINDOW_REPORTS);
    }

    @Test
    void outsideEveryProfilesRequestHourNothingStarts() {
        Instant threeInLondon = LocalDate.now(ZoneId.of("Europe/London")).atTime(LocalTime.of(3, 0))
                .atZone(ZoneId.of("Europe/London")).toInstant();

        scheduler().request(threeInLondon);

        assertThat(requestRuns()).isEmpty();
    }

    private JobScheduler scheduler() {
        return new JobScheduler(jobs, accounts, profiles, pendingReports, properties);
    }

    private List<JobExecution> requestRuns() {
        return jdbc.sql("""
                        select e.job_execution_id from batch_job_execution e
                        join batch_job_instance i on i.job_instance_id = e.job_instance_id
                        where i.job_name = ? order by e.job_execution_id""")
                .param(JobNames.REQUEST).query(Long.class).list().stream()
                .map(jobRepository::getJobExecution).toList();
    }
}
