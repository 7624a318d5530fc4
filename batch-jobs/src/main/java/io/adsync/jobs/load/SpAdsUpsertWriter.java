package io.adsync.jobs.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.adsync.jobs.pending.PendingReportRepository;
import org.postgresql.PGConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Upserts a chunk of report rows into {@code amazon_sp_ads} on {@code (org_id, date, campaign_id)}.
 *
 * <p>The chunk is COPYed into a temp staging table and merged with one {@code INSERT ... SELECT ...
 * ON CONFLICT}: several times faster than a statement per row (see the README's Performance
 * section). It runs on the step's transactional connection, so the rows, the report's
 * {@code rows_loaded} and the reader's restart position commit together: a run killed at any point
 * resumes at the last committed chunk, and re-applying a chunk is harmless because it is an upsert.
 */
public class SpAdsUpsertWriter implements ItemWriter<ReportRow> {

    private final DataSource dataSource;
    private final PendingReportRepository pendingReports;
    private final long orgId;
    private final long profileId;
    private final Long pendingReportId;

    /**
     * @param pendingReportId the report whose {@code rows_loaded} counts these rows, or null when the
     *                        rows come from elsewhere (the benchmark)
     */
    public SpAdsUpsertWriter(DataSource dataSource, PendingReportRepository pendingReports,
                             long orgId, long profileId, Long pendingReportId) {
        this.dataSource = dataSource;
        this.pendingReports = pendingReports;
        this.orgId = orgId;
        this.profileId = profileId;
        this.pendingReportId = pendingReportId;
    }

    @Override
    public void write(Chunk<? extends ReportRow> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute(UpsertStatements.CREATE_STAGING);
            copy(connection, chunk);
            statement.executeUpdate(UpsertStatements.UPSERT);
            statement.execute("truncate " + UpsertStatements.STAGING_TABLE);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        if (pendingReportId != null) {
            pendingReports.addRowsLoaded(pendingReportId, chunk.size());
        }
    }

    private void copy(Connection connection, Chunk<? extends ReportRow> chunk) throws SQLException {
        StringBuilder text = new StringBuilder(chunk.size() * 512);
        CopyTextEncoder encoder = new CopyTextEncoder(text);
        for (ReportRow row : chunk) {
            encoder.field(orgId, true);
            encoder.field(profileId, false);
            for (Object value : row.values()) {
                encoder.field(value, false);
            }
            encoder.field(row.extraJson(), false);
            encoder.endRow();
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(UpsertStatements.COPY, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
