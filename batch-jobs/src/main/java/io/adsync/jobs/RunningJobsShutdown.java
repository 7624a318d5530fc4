package io.adsync.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.adsync.jobs.launch.InstanceHeartbeat;
import io.adsync.jobs.launch.InstanceOwnershipListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * At shutdown, lets this instance's running executions end well before the database goes away:
 * each is asked to stop, which it does after committing its current chunk (STOPPED, so the next
 * collect or a click restarts it where it stopped), and the shutdown waits for that, at most
 * {@code adsync.jobs.shutdown-wait}. By then the batch executor takes no new runs (it stops
 * accepting tasks when the context starts closing) and neither does the scheduler. Executions of
 * other instances on the same database are theirs and left alone.
 *
 * <p>Stops before the web server waits for its requests (a cron route may be waiting for one of
 * these runs) and before this instance's heartbeat ends (while the runs end they are still
 * visibly owned by a live instance, so no other instance recovers them).
 */
@Component
public class RunningJobsShutdown implements SmartLifecycle {

    /** Above the web server's graceful shutdown phase ({@code DEFAULT_PHASE - 1024}). */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;

    private static final Logger log = LoggerFactory.getLogger(RunningJobsShutdown.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final InstanceHeartbeat heartbeat;
    private final ThreadPoolTaskExecutor batchExecutor;
    private final JobsProperties properties;
    private volatile boolean running;

    public RunningJobsShutdown(JobRepository jobRepository, JobOperator jobOperator, InstanceHeartbeat heartbeat,
                               @BatchTaskExecutor ThreadPoolTaskExecutor batchExecutor, JobsProperties properties) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.heartbeat = heartbeat;
        this.batchExecutor = batchExecutor;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        Instant deadline = Instant.now().plus(properties.shutdownWait());
        Set<Long> asked = new HashSet<>();
        while (true) {
            // a run still queued on the executor starts, and is stopped, on a later round; a stopped
            // one no longer counts as running in the repository while its thread ends its chunk
            List<JobExecution> ours = runningHere();
            ours.stream().filter(execution -> asked.add(execution.getId())).forEach(this::askToStop);
            if (ours.isEmpty() && batchExecutor.getActiveCount() == 0 && batchExecutor.getQueueSize() == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                log.warn("Shutting down while {} runs still go after {}: the next start recovers and restarts them",
                        batchExecutor.getActiveCount(), properties.shutdownWait());
                return;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private List<JobExecution> runningHere() {
        return Stream.of(JobNames.REQUEST, JobNames.COLLECT, JobNames.BACKFILL)
                .flatMap(job -> jobRepository.findRunningJobExecutions(job).stream())
                .filter(execution -> heartbeat.instanceId().equals(owner(execution)))
                .toList();
    }

    private static String owner(JobExecution execution) {
        return execution.getExecutionContext().containsKey(InstanceOwnershipListener.OWNER)
                ? execution.getExecutionContext().getString(InstanceOwnershipListener.OWNER) : null;
    }

    private void askToStop(JobExecution execution) {
        log.info("Shutting down: stopping {} #{} after its current chunk", execution.getJobInstance().getJobName(),
                execution.getId());
        try {
            jobOperator.stop(execution);
        } catch (Exception e) {
            // it may have ended between the query and the stop
            log.info("{} #{} not stopped: {}", execution.getJobInstance().getJobName(), execution.getId(),
                    e.getMessage());
        }
    }
}
