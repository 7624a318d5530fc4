package io.adsync.jobs.synclog;

import java.io.EOFException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;

import io.adsync.ads.AdsApiException;
import io.adsync.ads.AdsAuthenticationException;
import io.adsync.jobs.account.NoAdsSettingsException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Turns the exception that ended a step into a sentence a user can act on. */
public final class PlainWords {

    private PlainWords() {
    }

    /**
     * Why a run failed: the failure of a step (a partition's "download cut off", say) rather than
     * the job-level "partition handler returned an unsuccessful step" that merely follows from it.
     */
    public static String ofRun(JobExecution execution) {
        return failureOf(execution).map(PlainWords::of).orElse("the run ended " + execution.getStatus());
    }

    /** The failure that ended the run: the first failed step's, partition workers first. */
    public static Optional<Throwable> failureOf(JobExecution execution) {
        // partition workers (named "step:partition") first: their managers only report that they failed
        List<StepExecution> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(step -> !step.getStepName().contains(":")))
                .toList();
        for (StepExecution step : steps) {
            if (!step.getFailureExceptions().isEmpty()) {
                return Optional.of(step.getFailureExceptions().get(0));
            }
        }
        return execution.getFailureExceptions().stream().findFirst();
    }

    /** Whether Amazon refused the credentials: nothing will sync until the user saves working ones. */
    public static boolean isCredentialsRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AdsAuthenticationException) {
                return true;
            }
        }
        return false;
    }

    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AdsApiException || t instanceof NoAdsSettingsException) {
                return t.getMessage();
            }
            if (t instanceof EOFException || t instanceof ZipException) {
                return "The report download was cut off or corrupt (" + t.getMessage()
                        + "); the report stays pending and the next collect downloads it again.";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
