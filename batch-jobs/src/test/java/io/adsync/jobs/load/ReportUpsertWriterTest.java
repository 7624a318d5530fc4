package io.adsync.jobs.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import io.adsync.coverage.ReportCoverage;
import io.adsync.jobs.pending.DateRange;
import io.adsync.jobs.pending.PendingReportRepository;
import io.adsync.jobs.pending.ReportOrigin;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.settings.EncryptionKeyAutoConfiguration;
import io.adsync.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upsert of a chunk into {@code amazon_sp_ads} on a real PostgreSQL, inside a transaction as in the step, and
 * what it notes for the report's completion.
 */
@SpringBootTest(classes = ReportUpsertWriterTest.WriterOnly.class)
@ContextConfiguration(initializers = FreshDatabase.class)
class ReportUpsertWriterTest {

    private static final ReportDefinition SP_CAMPAIGNS = ReportCatalog.spCampaigns();

    private static final long PROFILE = 7;

    @Autowired
    DataSource dataSource;
    @Autowired
    PendingReportRepository pendingReports;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportCoverage coverage;

    long org;

    @BeforeEach
    void newOrg() {
        org = jdbc.sql("insert into organizations (name) values ('upsert test') returning id").query(Long.class).single();
    }

    @Test
    void newRowsAreStoredAndARestatementUpdatesThem() {
        write(row("2026-11-20", 1, "1.00"), row("2026-11-20", 2, "2.00"));
        write(row("2026-11-20", 2, "2.50"), row("2026-11-21", 2, "3.00"));

        assertThat(costs()).containsExactly(
                Map.entry("2026-11-20/1", "1.00"), Map.entry("2026-11-20/2", "2.50"), Map.entry("2026-11-21/2", "3.00"));
    }

    @Test
    void aChunkNamingADayAndCampaignTwiceStoresTheLastOfThemWhetherNewOrStored() {
        write(row("2026-11-20", 1, "1.00"), row("2026-11-20", 1, "1.10"), row("2026-11-20", 2, "2.00"));
        write(row("2026-11-20", 2, "2.10"), row("2026-11-20", 2, "2.20"), row("2026-11-20", 1, "1.20"));

        assertThat(costs()).containsExactly(Map.entry("2026-11-20/1", "1.20"), Map.entry("2026-11-20/2", "2.20"));
    }

    @Test
    void onceAChunkHasMetStoredRowsTheReportsChunksOfStoredRowsOfNewRowsAndOfBothAreMerged() {
        write(row("2026-11-20", 1, "1.00"), row("2026-11-20", 2, "2.00"));
        long report = pendingReport();
        ReportUpsertWriter writer = writer(report);

        write(writer, row("2026-11-20", 1, "1.10"));
        write(writer, row("2026-11-20", 2, "2.10"), row("2026-11-20", 1, "1.20"));
        write(writer, row("2026-11-21", 1, "3.00"));
        write(writer, row("2026-11-21", 1, "3.10"), row("2026-11-22", 1, "4.00"));

        assertThat(costs()).containsExactly(Map.entry("2026-11-20/1", "1.20"), Map.entry("2026-11-20/2", "2.10"),
                Map.entry("2026-11-21/1", "3.10"), Map.entry("2026-11-22/1", "4.00"));
        assertThat(pendingReports.get(report).rowsLoaded()).isEqualTo(6);
        assertThat(rowsByDay(report)).containsExactly(
                Map.entry("2026-11-20", 3L), Map.entry("2026-11-21", 2L), Map.entry("2026-11-22", 1L));
    }

    @Test
    void theRowsEachChunkStoresAreCountedWithTheReportPerDayARepeatedKeyOnce() {
        long report = pendingReport();
        write(report, row("2026-11-20", 1, "1.00"), row("2026-11-20", 2, "2.00"), row("2026-11-21", 1, "1.00"));
        write(report, row("2026-11-21", 2, "2.00"), row("2026-11-21", 2, "2.10"), row("2026-11-22", 1, "1.00"));

        assertThat(rowsByDay(report)).containsExactly(
                Map.entry("2026-11-20", 2L), Map.entry("2026-11-21", 2L), Map.entry("2026-11-22", 1L));
        assertThat(pendingReports.get(report).rowsLoaded()).isEqualTo(5);
        assertThat(costs()).hasSize(5);
    }

    @Test
    void aRestatementThatRewritesEveryStoredRowCompletesWithoutReadingTheTableAgain() {
        long report = loadBegunOver(row("2026-11-20", 1, "1.00"), row("2026-11-21", 1, "2.00"));

        write(report, row("2026-11-20", 1, "1.10"));
        write(report, row("2026-11-21", 1, "2.10"), row("2026-11-22", 1, "3.00"));

        assertThat(storedAndKeptRows(report)).containsExactly(2L, 2L);
        assertThat(completeReadingTheTable(report)).as("rows deleted, and reads of the table").containsExactly(0L, 0L);
        assertThat(costs()).containsExactly(Map.entry("2026-11-20/1", "1.10"), Map.entry("2026-11-21/1", "2.10"),
                Map.entry("2026-11-22/1", "3.00"));
    }

    @Test
    void aStoredRowRewrittenTwiceCountsOnceSoTheRowTheReportOmitsIsStillDeleted() {
        long report = loadBegunOver(row("2026-11-20", 1, "1.00"), row("2026-11-20", 2, "2.00"));

        // as many rows as were stored, but campaign 1 twice and campaign 2 not at all
        write(report, row("2026-11-20", 1, "1.10"));
        write(report, row("2026-11-20", 1, "1.20"));

        assertThat(storedAndKeptRows(report)).containsExactly(2L, 1L);
        assertThat(completeReadingTheTable(report).get(0)).as("rows deleted").isEqualTo(1L);
        assertThat(costs()).containsExactly(Map.entry("2026-11-20/1", "1.20"));
    }

    @Test
    void outsideATransactionNothingIsWritten() {
        ReportUpsertWriter writer = new ReportUpsertWriter(dataSource, SP_CAMPAIGNS, pendingReports, org, PROFILE, null);

        assertThatThrownBy(() -> writer.write(Chunk.of(row("2026-11-20", 1, "1.00"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThat(costs()).isEmpty();
    }

    /** One report's chunk, written by a writer of its own as a load step would. */
    private void write(ReportRow... rows) {
        write((Long) null, rows);
    }

    private void write(Long pendingReportId, ReportRow... rows) {
        write(writer(pendingReportId), rows);
    }

    private ReportUpsertWriter writer(Long pendingReportId) {
        return new ReportUpsertWriter(dataSource, SP_CAMPAIGNS, pendingReports, org, PROFILE, pendingReportId);
    }

    /** A chunk in a transaction of its own, as the step commits each. */
    private void write(ReportUpsertWriter writer, ReportRow... rows) {
        transaction.executeWithoutResult(status -> {
            try {
                writer.write(new Chunk<>(List.of(rows)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ReportRow row(String date, long campaignId, String cost) {
        Object[] values = new Object[ReportCatalog.spCampaigns().columns().size()];
        values[ReportCatalog.spCampaigns().indexOf(ReportDefinition.DATE)] = date;
        values[ReportCatalog.spCampaigns().indexOf("campaignId")] = campaignId;
        values[ReportCatalog.spCampaigns().indexOf("cost")] = cost;
        return new ReportRow(values, null);
    }

    private long pendingReport() {
        pendingReports.recordRequested(org, PROFILE, SP_CAMPAIGNS.reportTypeId(), "upsert-" + org,
                new DateRange(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-22")), ReportOrigin.REQUEST, null);
        return jdbc.sql("select id from amazon_ads_pending_reports where report_id = ?").param("upsert-" + org)
                .query(Long.class).single();
    }

    /** Stores the rows as an earlier report's load did, then begins the load of a new report of their days. */
    private long loadBegunOver(ReportRow... stored) {
        write(stored);
        long report = pendingReport();
        pendingReports.startLoad(report);
        return report;
    }

    private List<Long> storedAndKeptRows(long pendingReportId) {
        return jdbc.sql("select load_stored_rows, load_kept_rows from amazon_ads_pending_reports where id = ?")
                .param(pendingReportId).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Records the report's load as its completion does: the rows it deleted, and the scans of the table it took. */
    private List<Long> completeReadingTheTable(long pendingReportId) {
        return transaction.execute(status -> {
            long scansBefore = tableScans();
            long deleted = coverage.recordLoad(pendingReports.get(pendingReportId), ZoneOffset.UTC);
            return List.of(deleted, tableScans() - scansBefore);
        });
    }

    /** Sequential and index scans of {@code amazon_sp_ads} begun in this transaction. */
    private long tableScans() {
        return jdbc.sql("""
                        select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables
                        where relname = 'amazon_sp_ads'""")
                .query(Long.class).single();
    }

    private List<Map.Entry<String, Long>> rowsByDay(long pendingReportId) {
        return jdbc.sql("select date::text, rows from amazon_ads_pending_report_days where pending_report_id = ? order by 1")
                .param(pendingReportId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
    }

    private List<Map.Entry<String, String>> costs() {
        return jdbc.sql("select date::text || '/' || campaign_id k, cost::text v from amazon_sp_ads where org_id = ? order by 1")
                .param(org).query((rs, n) -> Map.entry(rs.getString("k"), rs.getString("v"))).list();
    }

    /** DataSource, Flyway, transactions and the pending-report repository the writer counts rows in. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = EncryptionKeyAutoConfiguration.class)
    @Import({PendingReportRepository.class, ReportCoverage.class})
    static class WriterOnly {
    }
}
