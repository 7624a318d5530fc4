package io.adsync.jobs.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.adsync.ads.AdsCredentials;
import io.adsync.ads.AdsRequestRejectedException;
import io.adsync.ads.AmazonAdsClient;
import io.adsync.ads.AmazonRejection;
import io.adsync.ads.CreatedReport;
import io.adsync.jobs.pending.DateRange;
import io.adsync.report.ColumnExclusions;
import io.adsync.report.ReportDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks Amazon for one report of a type, mending what its 400 says can be mended, once each: columns
 * Amazon no longer accepts are dropped for the type (and recorded, so later requests leave them out),
 * and a start before the type's retention is moved to the first day Amazon still keeps. Never a whole
 * day lost to one retired column. Any other rejection is Amazon's to explain.
 */
@Component
public class ReportCreation {

    private static final Logger log = LoggerFactory.getLogger(ReportCreation.class);

    private final AmazonAdsClient client;
    private final ColumnExclusions exclusions;

    public ReportCreation(AmazonAdsClient client, ColumnExclusions exclusions) {
        this.client = client;
        this.exclusions = exclusions;
    }

    /**
     * @param report null when every day asked for is beyond what Amazon keeps
     * @param range  the days the report covers, after a retention clip
     * @param notes  what was mended, in plain words, for the sync log (a run with notes is partial)
     */
    public record Created(CreatedReport report, DateRange range, List<String> notes) {
    }

    /** @throws AdsRequestRejectedException when Amazon rejects the report for another reason, or again */
    public Created create(AdsCredentials credentials, ReportDefinition type, DateRange range) {
        List<String> notes = new ArrayList<>();
        Set<String> excluded = exclusions.of(type.reportTypeId());
        DateRange asked = range;
        boolean columnsMended = false;
        boolean retentionMended = false;
        while (true) {
            try {
                return new Created(client.createReport(credentials, type, excluded, asked.start(), asked.end()),
                        asked, notes);
            } catch (AdsRequestRejectedException rejection) {
                List<String> invalid = AmazonRejection.invalidColumns(rejection);
                Optional<LocalDate> retentionStart = AmazonRejection.retentionStart(rejection);
                if (!columnsMended && !invalid.isEmpty() && droppable(type, invalid)) {
                    columnsMended = true;
                    exclusions.record(type.reportTypeId(), invalid, rejection.detail());
                    excluded = exclusions.of(type.reportTypeId());
                    notes.add("Amazon no longer accepts the " + type.reportTypeId() + " columns "
                            + String.join(", ", invalid) + ": asked again without them (see Settings)");
                    log.warn("{}: dropping columns {} Amazon no longer accepts", type, invalid);
                } else if (!retentionMended && retentionStart.isPresent()) {
                    retentionMended = true;
                    LocalDate first = retentionStart.get();
                    if (asked.end().isBefore(first)) {
                        notes.add(type.reportTypeId() + " " + asked + " is beyond what Amazon keeps (from " + first
                                + "): not asked for");
                        return new Created(null, asked, notes);
                    }
                    notes.add(type.reportTypeId() + " days before " + first + " are beyond what Amazon keeps: asked "
                            + "for " + first + " to " + asked.end());
                    asked = new DateRange(first.isAfter(asked.start()) ? first : asked.start(), asked.end());
                } else {
                    throw rejection;
                }
            }
        }
    }

    /** The date and the type's ids cannot go: without them no row could be stored. */
    private static boolean droppable(ReportDefinition type, List<String> invalid) {
        return invalid.stream().noneMatch(type.requiredColumns()::contains);
    }
}
