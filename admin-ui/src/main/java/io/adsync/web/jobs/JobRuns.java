package io.adsync.web.jobs;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.launch.JobHistory;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.load.CompletedReportPartitioner;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.synclog.SyncLog;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns the job repository's executions into what the Jobs page shows. */
@Component
public class JobRuns {

    /**
     * How many executions the page lists (of all orgs, before keeping the page's org); each is read
     * with its steps, every 2 s while a run is active, so recent ones only.
     */
    static final int LIMIT = 30;

    /** "java.lang.IllegalStateException: text" -> "text": the class name says nothing to a user. */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[\\w$]+\\.)*[\\w$]*(?:Exception|Error): (.*)$");

    private final JobHistory history;
    private final JsonMapper json;

    public JobRuns(JobHistory history, JsonMapper json) {
        this.history = history;
        this.json = json;
    }

    /**
     * The org's recent executions, newest first.
     *
     * @param reports the org's pending reports, to name the report each load step works on
     * @param logs    the org's recent sync log, whose plain-words line of a run is its exit message
     */
    public List<JobRun> recent(long orgId, List<PendingReport> reports, List<SyncLog> logs) {
        Map<Long, PendingReport> reportsById = reports.stream()
                .collect(Collectors.toMap(PendingReport::id, Function.identity(), (a, b) -> a));
        Map<Long, String> messages = messagesByExecution(logs);
        List<JobExecution> executions = history.recent(LIMIT).stream()
                .filter(execution -> Objects.equals(execution.getJobParameters().getLong(JobNames.ORG_ID), orgId))
                .toList();
        Set<Long> seenInstances = new HashSet<>();
        return executions.stream()
                .map(execution -> {
                    // newest first: the first execution met of an instance is its latest, the only restartable one
                    boolean latestOfInstance = seenInstances.add(execution.getJobInstanceId());
                    return view(execution, latestOfInstance && JobRunner.isRestartable(execution), reportsById,
                            messages.get(execution.getId()));
                })
                .toList();
    }

    /** Each run's sync log line names its execution in {@code details.jobExecutionId}. */
    private Map<Long, String> messagesByExecution(List<SyncLog> logs) {
        Map<Long, String> messages = new HashMap<>();
        for (SyncLog log : logs) {
            if (log.details() == null || log.message() == null) {
                continue;
            }
            JsonNode executionId = json.readTree(log.details()).get("jobExecutionId");
            if (executionId != null && executionId.canConvertToLong()) {
                messages.putIfAbsent(executionId.asLong(), log.message());
            }
        }
        return messages;
    }

    private static JobRun view(JobExecution execution, boolean restartable, Map<Long, PendingReport> reports,
                               String logMessage) {
        List<StepRun> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(step -> new StepRun(step.getStepName(), label(step, reports), step.getStatus(),
                        step.getReadCount(), step.getWriteCount(), step.getSkipCount(), step.getCommitCount(),
                        step.getRollbackCount(), step.getStartTime(), step.getEndTime()))
                .toList();
        return new JobRun(execution.getId(), jobLabel(execution), parameters(execution), execution.getStatus(),
                execution.getExitStatus().getExitCode(),
                logMessage != null ? logMessage : firstLine(execution.getExitStatus().getExitDescription()),
                execution.getStartTime(), execution.getEndTime(), steps, progress(execution, steps), restartable);
    }

    static String jobLabel(JobExecution execution) {
        String name = execution.getJobInstance().getJobName();
        String run = execution.getJobParameters().getString(JobNames.RUN);
        return switch (name) {
            case JobNames.REQUEST -> run != null && run.startsWith("sync-") ? "Sync (request)" : "Request";
            case JobNames.COLLECT -> "Collect";
            case JobNames.BACKFILL -> "Backfill";
            default -> name;
        };
    }

    static String parameters(JobExecution execution) {
        return execution.getJobParameters().parameters().stream()
                .filter(parameter -> !JobNames.ORG_ID.equals(parameter.name()))
                .sorted(Comparator.comparing(JobParameter::name))
                .map(parameter -> parameter.name() + "=" + parameter.value())
                .collect(Collectors.joining(" · "));
    }

    /** A load partition is named {@code loadReportStep:report-<pending report id>}. */
    private static String label(StepExecution step, Map<Long, PendingReport> reports) {
        String name = step.getStepName();
        if (!name.startsWith(JobNames.LOAD_WORKER_STEP + ":")) {
            return name;
        }
        PendingReport report = step.getExecutionContext().containsKey(CompletedReportPartitioner.PENDING_ID)
                ? reports.get(step.getExecutionContext().getLong(CompletedReportPartitioner.PENDING_ID)) : null;
        if (report == null) {
            return "load " + name.substring(name.indexOf(':') + 1);
        }
        return "load " + dates(report);
    }

    private static String dates(PendingReport report) {
        return report.startDate().equals(report.endDate()) ? report.startDate().toString()
                : report.startDate() + " to " + report.endDate();
    }

    /** What a running execution is busy with, from its running step. */
    private static String progress(JobExecution execution, List<StepRun> steps) {
        if (!execution.isRunning()) {
            return null;
        }
        return steps.stream().filter(StepRun::running)
                .reduce((first, second) -> second)
                .map(step -> step.name().startsWith(JobNames.LOAD_WORKER_STEP + ":")
                        ? "Loading report " + step.label().substring("load ".length()) + ": "
                                + step.write() + " rows loaded so far"
                        : "Running " + step.label() + ": " + step.read() + " read, " + step.write() + " written")
                .orElse("Starting");
    }

    static String firstLine(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String line = description.strip().lines().findFirst().orElse("");
        Matcher matcher = EXCEPTION_PREFIX.matcher(line);
        return matcher.matches() ? matcher.group(1) : line;
    }
}
