package io.adsync.jobs.load;

import io.adsync.jobs.JobsProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The load of one report as a chunk step: rows read ahead of the step, upserted a chunk per
 * transaction, malformed rows skipped up to the limit and named in the step's context. The jobs'
 * {@code loadReportStep} is built here, and so is the benchmark's, which times exactly this step.
 */
public final class ReportLoadStep {

    private ReportLoadStep() {
    }

    /** The step, ready to {@code build()}; a caller may add listeners first. */
    public static ChunkOrientedStepBuilder<ReportRow, ReportRow> builder(String name, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, JobsProperties properties, ItemReader<ReportRow> rows,
            ReportUpsertWriter writer, ReportLoadListener loadListener, SkippedRowRecorder skippedRows) {
        return new StepBuilder(name, jobRepository)
                .<ReportRow, ReportRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(rows)
                .writer(writer)
                .faultTolerant()
                .skip(MalformedRowException.class)
                .skipLimit(properties.maxSkippedRows())
                .skipListener(skippedRows)
                .listener(skippedRows)
                .listener(loadListener);
    }
}
