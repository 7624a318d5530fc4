package io.adsync.jobs.synclog;

import org.springframework.batch.core.job.JobExecution;

/** Each job says in its own words what a finished run did. */
@FunctionalInterface
public interface RunReporter {

    RunReport report(JobExecution execution);
}
