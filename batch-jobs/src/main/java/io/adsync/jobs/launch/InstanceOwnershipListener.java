package io.adsync.jobs.launch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** Stamps each execution with the instance running it (restarts get the restarting instance). */
@Component
public class InstanceOwnershipListener implements JobExecutionListener {

    public static final String OWNER = "adsync.instance";

    private final InstanceHeartbeat heartbeat;
    private final JobRepository jobRepository;

    public InstanceOwnershipListener(InstanceHeartbeat heartbeat, JobRepository jobRepository) {
        this.heartbeat = heartbeat;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        execution.getExecutionContext().putString(OWNER, heartbeat.instanceId());
        jobRepository.updateExecutionContext(execution);
    }
}
