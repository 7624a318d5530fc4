package io.adsync.jobs.launch;

/** A run was asked for by an id the job repository does not know. */
public class UnknownExecutionException extends IllegalArgumentException {

    public UnknownExecutionException(long executionId) {
        super("There is no job execution " + executionId);
    }
}
