package io.adsync.jobs.request;

import java.util.ArrayList;
import java.util.List;

import io.adsync.ads.AdsCredentials;
import io.adsync.report.ReportCatalog;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Asks Amazon for one report: its type's definition names what to ask for, and what Amazon's 400
 * says can be mended is mended ({@link ReportCreation}); what was mended is kept for the sync log.
 * A range wholly beyond what Amazon keeps is asked for no more (filtered).
 */
public class ReportRequester implements ItemProcessor<ReportRange, RequestedReport>, StepExecutionListener {

    /** step context key: what the requests mended, in plain words */
    public static final String MENDED = "mended";

    private final ReportCreation creation;
    private final AdsCredentials credentials;
    private StepExecution stepExecution;

    public ReportRequester(ReportCreation creation, AdsCredentials credentials) {
        this.creation = creation;
        this.credentials = credentials;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public RequestedReport process(ReportRange report) {
        ReportCreation.Created created = creation.create(credentials, ReportCatalog.of(report.reportType()),
                report.range());
        if (!created.notes().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> mended = (List<String>) stepExecution.getExecutionContext().get(MENDED);
            ArrayList<String> updated = mended == null ? new ArrayList<>() : new ArrayList<>(mended);
            updated.addAll(created.notes());
            stepExecution.getExecutionContext().put(MENDED, updated);
        }
        return created.report() == null ? null : new RequestedReport(report.reportType(), created.range(),
                created.report().reportId(), created.report().duplicate());
    }
}
