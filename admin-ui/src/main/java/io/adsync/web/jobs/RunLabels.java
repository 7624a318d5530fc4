package io.adsync.web.jobs;

import java.util.Comparator;
import java.util.List;
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

    /** In the order the page lists them: what the run covers first, then when and who asked. */
    private static final List<Map.Entry<String, String>> PARAMETERS = List.of(
            Map.entry(JobNames.PROFILE_ID, "Profile"),
            Map.entry(JobNames.DAY, "Day"),
            Map.entry(JobNames.DAYS, "Days"),
            Map.entry(JobNames.FROM, "From"),
            Map.entry(JobNames.TO, "To"),
            Map.entry(JobNames.BATCH, "Reports in flight"),
            Map.entry(JobNames.RUN, "Asked at"),
            Map.entry(JobNames.ORIGIN, "Asked by"));
    private static final List<String> PARAMETER_NAMES = PARAMETERS.stream().map(Map.Entry::getKey).toList();

    /** Orders parameter names as the page lists them; one without words comes last. */
    static final Comparator<String> PARAMETER_ORDER = Comparator.comparingInt(name ->
            PARAMETER_NAMES.contains(name) ? PARAMETER_NAMES.indexOf(name) : PARAMETER_NAMES.size());

    private RunLabels() {
    }

    /** A step's words; a name the map does not know (a step added later) is shown as it is, not hidden. */
    static String step(String name) {
        return STEPS.getOrDefault(name, name);
    }

    static String parameter(String name) {
        return PARAMETERS.stream().filter(entry -> entry.getKey().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElse(name);
    }
}
