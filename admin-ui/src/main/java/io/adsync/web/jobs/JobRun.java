package io.adsync.web.jobs;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * One job execution as the Jobs page lists it.
 *
 * @param job          the job in words (Request, Collect, Backfill, Sync)
 * @param parameters   its parameters, {@code name=value} joined
 * @param exitMessage  what it did or why it failed: its sync log line, else the first line of Spring Batch's exit
 *                     description; null when there is nothing to say
 * @param progress     what a running execution is doing right now (which report, rows so far); else null
 * @param restartable  failed or stopped, and the latest execution of its run: restart continues it
 */
public record JobRun(long id, String job, String parameters, BatchStatus status, String exitCode,
                     String exitMessage, LocalDateTime start, LocalDateTime end, List<StepRun> steps,
                     String progress, boolean restartable) {

    public boolean running() {
        return status.isRunning();
    }

    /** A stop request is honoured at the next chunk boundary. */
    public boolean stoppable() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }
}
