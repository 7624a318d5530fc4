package io.adsync.web.jobs;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * One job execution as the Jobs page lists it.
 *
 * @param job          the job in words (Request, Collect, Backfill, Sync)
 * @param parameters   its parameters in words, the org's id left out (the page is the org's)
 * @param exitMessage  what it did or why it failed: its sync log line, else the first line of Spring Batch's exit
 *                     description; null when there is nothing to say
 * @param start        as Spring Batch records it, local to the server's zone
 * @param progress     what a running execution is doing right now (which report, rows so far); else null
 * @param restartable  failed or stopped, and the latest execution of its run: restart continues it
 */
public record JobRun(long id, String job, List<Parameter> parameters, BatchStatus status, String exitCode,
                     String exitMessage, LocalDateTime start, LocalDateTime end, List<StepRun> steps,
                     String progress, boolean restartable) {

    public boolean running() {
        return status.isRunning();
    }

    /** A stop request is honoured at the next chunk boundary. */
    public boolean stoppable() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    /** @param label the parameter in words ("Reports in flight" for {@code batch}) */
    public record Parameter(String label, String value) {
    }
}
