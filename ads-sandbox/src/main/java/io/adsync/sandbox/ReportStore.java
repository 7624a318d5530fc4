package io.adsync.sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The reports created during this run of the sandbox, by id. */
final class ReportStore {

    /** Either the new report or the in-flight one the request duplicates. */
    record Outcome(SandboxReport report, boolean duplicate) {
    }

    private final Map<String, SandboxReport> reports = new ConcurrentHashMap<>();

    /**
     * Creates the report unless an identical one of the profile is still in flight. Synchronized so two identical
     * concurrent requests cannot both pass the duplicate check; {@code newReport} runs only when one is created (it
     * consumes the per-report faults).
     */
    synchronized Outcome createUnlessDuplicate(long profileId, ReportRequest request, Instant now,
                                               Supplier<SandboxReport> newReport) {
        Optional<SandboxReport> inFlight = reports.values().stream()
                .filter(report -> report.profileId() == profileId)
                .filter(report -> report.request().sameAs(request))
                .filter(report -> report.inFlightAt(now))
                .findFirst();
        if (inFlight.isPresent()) {
            return new Outcome(inFlight.get(), true);
        }
        SandboxReport report = newReport.get();
        reports.put(report.reportId(), report);
        return new Outcome(report, false);
    }

    /** A profile sees only its own reports. */
    Optional<SandboxReport> find(long profileId, String reportId) {
        return find(reportId).filter(report -> report.profileId() == profileId);
    }

    Optional<SandboxReport> find(String reportId) {
        return Optional.ofNullable(reports.get(reportId));
    }
}
