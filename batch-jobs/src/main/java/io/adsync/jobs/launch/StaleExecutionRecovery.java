package io.adsync.jobs.launch;

import java.time.Duration;
import java.time.LocalDateTime;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.JobsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Executions left RUNNING by a process that died (kill -9, power loss) would block their job
 * instance forever. At start-up, and before each launch, those whose owning instance has stopped
 * beating are marked FAILED ({@link JobOperator#recover}) so they can be restarted.
 */
@Component
public class StaleExecutionRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutionRecovery.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final InstanceHeartbeat heartbeat;
    private final JobsProperties properties;

    public StaleExecutionRecovery(JobRepository jobRepository, JobOperator jobOperator, InstanceHeartbeat heartbeat,
                                  JobsProperties properties) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.heartbeat = heartbeat;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        recoverAll();
    }

    public void recoverAll() {
        for (String job : new String[] {JobNames.REQUEST, JobNames.COLLECT, JobNames.BACKFILL}) {
            recover(job);
        }
    }

    public synchronized void recover(String jobName) {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
            if (isOrphaned(execution)) {
                log.warn("{} #{} was left running by a process that is gone; marking it failed so it can be restarted",
                        jobName, execution.getId());
                jobOperator.recover(execution);
            }
        }
    }

    private boolean isOrphaned(JobExecution execution) {
        String owner = execution.getExecutionContext().containsKey(InstanceOwnershipListener.OWNER)
                ? execution.getExecutionContext().getString(InstanceOwnershipListener.OWNER) : null;
        if (owner != null) {
            return !heartbeat.isAlive(owner);
        }
        // created but never started by anyone: orphaned once it is older than a missed heartbeat
        Duration age = Duration.between(execution.getCreateTime(), LocalDateTime.now());
        return age.compareTo(properties.staleAfter()) > 0;
    }
}
