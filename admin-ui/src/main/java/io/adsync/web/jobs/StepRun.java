package io.adsync.web.jobs;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;

/**
 * One step execution as the Jobs page lists it: its counts are committed with each chunk, so those
 * of a running step are the rows loaded so far.
 *
 * @param name  the step's name in the job repository (a load partition's carries its report id)
 * @param label the step in words; a load partition names its report's dates
 */
public record StepRun(String name, String label, BatchStatus status, long read, long write, long skip, long commit,
                      long rollback, LocalDateTime start, LocalDateTime end) {

    public boolean running() {
        return status.isRunning();
    }

    boolean loadsAReport() {
        return name.startsWith(JobRuns.LOAD_PARTITION_PREFIX);
    }
}
