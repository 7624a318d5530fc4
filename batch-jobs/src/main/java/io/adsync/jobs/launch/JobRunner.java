package io.adsync.jobs.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.adsync.jobs.JobNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and waits for job executions. The job repository is the lock: a run whose
 * identifying parameters already have an execution (running, or completed) is not started again,
 * also when another app instance on the same database asks at the same moment; the caller gets
 * the existing execution instead.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final StaleExecutionRecovery recovery;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, StaleExecutionRecovery recovery) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.recovery = recovery;
    }

    /** Marks executions of the job left running by dead instances as failed (restartable). */
    public void recoverOrphans(String jobName) {
        recovery.recover(jobName);
    }

    /** Starts the run, or answers with the existing execution of the same identity. */
    public JobExecution start(Job job, JobParameters parameters) {
        recovery.recover(job.getName());
        try {
            return jobOperator.start(job, parameters);
        } catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException
                 | DataIntegrityViolationException e) {
            log.info("{} with {} already ran or is running: {}", job.getName(), parameters, e.getMessage());
            return jobRepository.getLastJobExecution(job.getName(), parameters);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #start}, but a failed or stopped execution of the same identity is restarted. */
    public JobExecution startOrRestart(Job job, JobParameters parameters) {
        recovery.recover(job.getName());
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        if (last != null && isRestartable(last)) {
            return restart(last);
        }
        return start(job, parameters);
    }

    public static boolean isRestartable(JobExecution execution) {
        return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
    }

    public JobExecution restart(JobExecution execution) {
        recovery.recover(execution.getJobInstance().getJobName());
        try {
            return jobOperator.restart(execution);
        } catch (Exception e) {
            throw new IllegalStateException("Could not restart execution " + execution.getId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restarts the org's execution.
     *
     * @throws UnknownExecutionException when there is no such execution
     * @throws OtherOrganizationExecutionException when it is a run of another org
     */
    public JobExecution restart(long executionId, long orgId) {
        return restart(requireOfOrg(executionId, orgId));
    }

    /**
     * Asks the org's running execution to stop at its next chunk boundary.
     *
     * @throws UnknownExecutionException when there is no such execution
     * @throws OtherOrganizationExecutionException when it is a run of another org
     */
    public void stop(long executionId, long orgId) {
        JobExecution execution = requireOfOrg(executionId, orgId);
        try {
            jobOperator.stop(execution);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    /** Marks a failed execution as not to be restarted. */
    public void abandon(JobExecution execution) {
        try {
            jobOperator.abandon(execution);
        } catch (Exception e) {
            throw new IllegalStateException("Could not abandon execution " + execution.getId() + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the execution has ended or the timeout passed; answers its latest state. */
    public JobExecution await(JobExecution execution, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JobExecution current = require(execution.getId());
        while (current.isRunning() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return current;
            }
            current = require(execution.getId());
        }
        return current;
    }

    /** An id typed or kept in a page of one org must not act on another org's run. */
    private JobExecution requireOfOrg(long executionId, long orgId) {
        JobExecution execution = require(executionId);
        if (!Objects.equals(execution.getJobParameters().getLong(JobNames.ORG_ID), orgId)) {
            throw new OtherOrganizationExecutionException(executionId, orgId);
        }
        return execution;
    }

    private JobExecution require(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (IncorrectResultSizeDataAccessException e) {
            // the JDBC DAO answers an unknown id with this rather than null
            execution = null;
        }
        if (execution == null) {
            throw new UnknownExecutionException(executionId);
        }
        return execution;
    }
}
