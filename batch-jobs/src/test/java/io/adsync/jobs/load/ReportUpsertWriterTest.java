package io.adsync.jobs.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import io.adsync.jobs.pending.PendingReportRepository;
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

/** The upsert of a chunk into {@code amazon_sp_ads} on a real PostgreSQL, inside a transaction as in the step. */
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
    void outsideATransactionNothingIsWritten() {
        ReportUpsertWriter writer = new ReportUpsertWriter(dataSource, SP_CAMPAIGNS, pendingReports, org, PROFILE, null);

        assertThatThrownBy(() -> writer.write(Chunk.of(row("2026-11-20", 1, "1.00"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThat(costs()).isEmpty();
    }

    /** One report's chunk, written by a writer of its own as a load step would. */
    private void write(ReportRow... rows) {
        ReportUpsertWriter writer = new ReportUpsertWriter(dataSource, SP_CAMPAIGNS, pendingReports, org, PROFILE, null);
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

    private List<Map.Entry<String, String>> costs() {
        return jdbc.sql("select date::text || '/' || campaign_id k, cost::text v from amazon_sp_ads where org_id = ? order by 1")
                .param(org).query((rs, n) -> Map.entry(rs.getString("k"), rs.getString("v"))).list();
    }

    /** DataSource, Flyway, transactions and the pending-report repository the writer counts rows in. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = EncryptionKeyAutoConfiguration.class)
    @Import(PendingReportRepository.class)
    static class WriterOnly {
    }
}
