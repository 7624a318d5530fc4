package io.adsync.web.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.adsync.jobs.JobNames;
import io.adsync.jobs.launch.JobRunner;
import io.adsync.jobs.load.CompletedReportPartitioner;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.jobs.pending.ReportOrigin;
import io.adsync.jobs.synclog.SyncLog;
import io.adsync.web.console.ConsoleFormat;
import io.adsync.web.profiles.ProfileSelection;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns the job repository's executions into what the Jobs page shows. */
@Component
public class JobRuns {

    /** How many of the org's executions the page lists: each is read with its steps, every 2 s while one runs. */
    static final int LIMIT = 30;
    /** A load partition is named {@code loadReportStep:report-<pending report id>}. */
    static final String LOAD_PARTITION_PREFIX = JobNames.LOAD_WORKER_STEP + ":";

    /** "java.lang.IllegalStateException: text" -> "text": the class name says nothing to a user. */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[\\w$]+\\.)*[\\w$]*(?:Exception|Error): (.*)$");
    /** A run stamp: a launch instant, after the scheduler's "scheduled-" or a sync's "sync-". */
    private static final Pattern RUN_STAMP = Pattern.compile("^(?:([a-z]+)-)?(\\d{4}-\\d{2}-\\d{2}T.*)$");

    private final JdbcClient jdbc;
    private final JobRepository jobRepository;
    private final JsonMapper json;
    private final ConsoleFormat format;

    public JobRuns(JdbcClient jdbc, JobRepository jobRepository, JsonMapper json, ConsoleFormat format) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.json = json;
        this.format = format;
    }

    /**
     * The org's most recent executions, newest first. Asked of the job repository's tables when the
     * page is drawn, so a run launched before (its execution is stored before the launch returns) is
     * in the list however quickly it ended, or while it is still starting.
     *
     * @param zone    the profile's time zone, the one the page writes times in
     * @param reports the org's pending reports, to name the report each load step works on
     * @param logs    the org's recent sync log, whose plain-words line of a run is its exit message
     * @param profiles the profiles whose runs to list (a run without a profile, a collect, is listed for any:
     *                 it loads every profile's reports), and the words for a run's profile
     */
    public List<JobRun> recent(long orgId, ZoneId zone, List<PendingReport> reports, List<SyncLog> logs,
                               ProfileSelection profiles) {
        Map<Long, PendingReport> reportsById = reports.stream()
                .collect(Collectors.toMap(PendingReport::id, Function.identity(), (a, b) -> a));
        Map<Long, String> messages = messagesByExecution(logs);
        Set<Long> seenInstances = new HashSet<>();
        return executionsOf(orgId, profiles.filter()).stream()
                .map(execution -> {
                    // newest first: the first execution met of an instance is its latest, the only restartable one
                    boolean latestOfInstance = seenInstances.add(execution.getJobInstanceId());
                    return view(execution, latestOfInstance && JobRunner.isRestartable(execution), zone,
                            reportsById, messages.get(execution.getId()), profiles);
                })
                .toList();
    }

    /** @param profileIds null for every run of the org */
    private List<JobExecution> executionsOf(long orgId, Long[] profileIds) {
        String[] values = profileIds == null ? null
                : Arrays.stream(profileIds).map(String::valueOf).toArray(String[]::new);
        return jdbc.sql("""
                        select e.job_execution_id
                        from batch_job_execution e
                        join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                        left join batch_job_execution_params profile on profile.job_execution_id = e.job_execution_id
                                                                     and profile.parameter_name = ?
                        where p.parameter_name = ? and p.parameter_value = ?
                          and (cast(? as text[]) is null or profile.parameter_value is null
                               or profile.parameter_value = any (?))
                        order by e.job_execution_id desc limit ?""")
                .params(JobNames.PROFILE_ID, JobNames.ORG_ID, Long.toString(orgId), values, values, LIMIT)
                .query(Long.class).list().stream()
                .map(jobRepository::getJobExecution)
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

    private JobRun view(JobExecution execution, boolean restartable, ZoneId zone,
                        Map<Long, PendingReport> reports, String logMessage, ProfileSelection profiles) {
        List<StepRun> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(step -> new StepRun(step.getStepName(), label(step, reports), step.getStatus(),
                        step.getReadCount(), step.getWriteCount(), step.getSkipCount(), step.getCommitCount(),
                        step.getRollbackCount(), step.getStartTime(), step.getEndTime()))
                .toList();
        return new JobRun(execution.getId(), jobLabel(execution), parameters(execution, zone, profiles),
                execution.getStatus(),
                execution.getExitStatus().getExitCode(),
                logMessage != null ? logMessage : firstLine(execution.getExitStatus().getExitDescription()),
                execution.getStartTime(), execution.getEndTime(), steps, progress(execution, steps), restartable);
    }

    static String jobLabel(JobExecution execution) {
        String name = execution.getJobInstance().getJobName();
        boolean sync = ReportOrigin.SYNC.value().equals(execution.getJobParameters().getString(JobNames.ORIGIN));
        return switch (name) {
            case JobNames.REQUEST -> sync ? "Sync (request)" : "Request";
            case JobNames.COLLECT -> "Collect";
            case JobNames.BACKFILL -> "Backfill";
            default -> name;
        };
    }

    private List<JobRun.Parameter> parameters(JobExecution execution, ZoneId zone, ProfileSelection profiles) {
        return execution.getJobParameters().parameters().stream()
                .filter(parameter -> !JobNames.ORG_ID.equals(parameter.name()))
                .sorted(Comparator.comparing(JobParameter::name, RunLabels.PARAMETER_ORDER))
                .map(parameter -> new JobRun.Parameter(RunLabels.parameter(parameter.name()),
                        value(parameter, zone, profiles)))
                .toList();
    }

    /** A run stamp in the profile's zone, a profile by its name and country; anything else as it is. */
    private String value(JobParameter<?> parameter, ZoneId zone, ProfileSelection profiles) {
        String value = parameter.value().toString();
        return switch (parameter.name()) {
            case JobNames.RUN -> runStamp(value, zone);
            case JobNames.PROFILE_ID -> parameter.value() instanceof Long id ? profiles.label(id) : value;
            default -> value;
        };
    }

    /** {@code scheduled-2026-01-15T09:30:00Z} -> {@code 2026-01-15 09:30 GMT (scheduled)}, in the profile's zone. */
    private String runStamp(String stamp, ZoneId zone) {
        Matcher matcher = RUN_STAMP.matcher(stamp);
        if (!matcher.matches()) {
            return stamp;
        }
        try {
            String at = format.time(Instant.parse(matcher.group(2)), zone);
            return matcher.group(1) == null ? at : at + " (" + matcher.group(1) + ")";
        } catch (DateTimeParseException notAnInstant) {
            return stamp;
        }
    }

    private static String label(StepExecution step, Map<Long, PendingReport> reports) {
        String name = step.getStepName();
        if (!name.startsWith(LOAD_PARTITION_PREFIX)) {
            return RunLabels.step(name);
        }
        PendingReport report = step.getExecutionContext().containsKey(CompletedReportPartitioner.PENDING_ID)
                ? reports.get(step.getExecutionContext().getLong(CompletedReportPartitioner.PENDING_ID)) : null;
        return "Load report " + (report == null ? name.substring(LOAD_PARTITION_PREFIX.length()) : dates(report));
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
                .map(step -> step.loadsAReport()
                        ? step.label() + ": " + step.write() + " rows loaded so far"
                        : step.label() + ": " + step.read() + " read, " + step.write() + " written")
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
