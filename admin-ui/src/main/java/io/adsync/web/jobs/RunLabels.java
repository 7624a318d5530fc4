package io.adsync.web.jobs;

import java.util.Map;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.ReportStepsConfiguration;

/** The words the Jobs page uses for the jobs' step and parameter names, which are bean and key names. */
final class RunLabels {

    private static final Map<String, String> STEPS = Map.of(
            "requestReportsStep", "Ask Amazon for reports",
            ReportStepsConfiguration.POLL_STEP, "Poll Amazon",
            ReportStepsConfiguration.LOAD_STEP, "Load reports",
            "finishCollectStep", "Finish collect",
            "planBackfillStep", "Plan backfill",
            "requestBackfillStep", "Ask Amazon for missing days",
            "waitForReportsStep", "Wait for Amazon");

    private static final Map<String, String> PARAMETERS = Map.of(
            JobNames.DAY, "Day",
            JobNames.RUN, "Asked at",
            JobNames.ORIGIN, "Asked by",
            JobNames.DAYS, "Days",
            JobNames.BATCH, "Reports in flight");

    private RunLabels() {
    }

    /** A step's words; a name the map does not know (a step added later) is shown as it is, not hidden. */
    static String step(String name) {
        return STEPS.getOrDefault(name, name);
    }

    static String parameter(String name) {
        return PARAMETERS.getOrDefault(name, name);
    }
}
