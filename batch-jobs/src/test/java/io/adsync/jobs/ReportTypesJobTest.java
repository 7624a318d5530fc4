package io.adsync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.adsync.jobs.pending.PendingReport;
import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.SandboxReportType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * A profile syncing all six report types: the daily request asks for each type's refresh window, and
 * collect loads every report into its type's table row for row, the types adding up as Amazon's do.
 */
class ReportTypesJobTest extends JobsTestSupport {

    @BeforeEach
    void everyTypeEnabled() {
        profiles.update(ORG, PROFILE, true, ReportCatalog.reportTypeIds());
    }

    @Test
    void eachTypeIsRequestedForItsWindowAndLoadedRowForRowIntoItsTable() {
        JobExecution request = runs.await(jobs.requestDaily(ORG, PROFILE));

        assertThat(request.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(pending()).extracting(PendingReport::reportType)
                .as("two reports of at most 31 days per type cover its 60-day window")
                .containsOnlyElementsOf(ReportCatalog.reportTypeIds()).hasSize(2 * ReportCatalog.all().size());

        runs.collectUntilNothingPending();

        LocalDate today = todayInProfileZone();
        LocalDate yesterday = today.minusDays(1);
        for (ReportDefinition type : ReportCatalog.all()) {
            SandboxReportType amazon = SandboxReportType.find(type.reportTypeId()).orElseThrow();
            long expected = 0;
            for (LocalDate day = today.minusDays(REFRESH_DAYS); day.isBefore(today); day = day.plusDays(1)) {
                expected += SANDBOX.data().rows(PROFILE, amazon, day, today).size();
            }
            assertThat(rows(type, null)).as("rows of %s", type).isEqualTo(expected).isPositive();
            assertThat(jdbc.sql("select count(*) from report_coverage where org_id = ? and profile_id = ? "
                            + "and report_type = ?").params(ORG, PROFILE, type.reportTypeId()).query(Long.class)
                    .single()).as("days covered of %s", type).isEqualTo(REFRESH_DAYS);
            assertThat(rows(type, yesterday)).as("%s yesterday", type)
                    .isEqualTo(SANDBOX.data().rows(PROFILE, amazon, yesterday, today).size());
        }
        assertThat(pending()).allSatisfy(report -> assertThat(report.status()).isEqualTo(PendingReport.COMPLETED));
    }

    @Test
    void targetingAndAdvertisedProductsSumToTheirCampaignAndSearchTermsStayWithinTheirKeyword() {
        runs.await(jobs.requestDaily(ORG, PROFILE));
        runs.collectUntilNothingPending();

        assertThat(mismatches("amazon_sp_targeting")).as("campaigns whose keywords do not add up").isEmpty();
        assertThat(mismatches("amazon_sp_advertised_products")).as("campaigns whose ads do not add up").isEmpty();
        List<Map<String, Object>> overspent = jdbc.sql("""
                        select s.date, s.keyword_id from amazon_sp_search_terms s
                        join amazon_sp_targeting t on t.org_id = s.org_id and t.profile_id = s.profile_id
                             and t.date = s.date and t.keyword_id = s.keyword_id
                        group by s.date, s.keyword_id, t.cost, t.clicks
                        having sum(s.cost) > t.cost or sum(s.clicks) > t.clicks or min(s.clicks) = 0""")
                .query().listOfRows();
        assertThat(overspent).as("keywords whose search terms exceed them, or unclicked terms").isEmpty();
        BigDecimal brandsSpend = jdbc.sql("select coalesce(sum(cost), 0) from amazon_sb_campaigns")
                .query(BigDecimal.class).single();
        assertThat(brandsSpend).as("Sponsored Brands spend of its own campaigns").isPositive();
    }

    /** Dates and campaigns where the type's rows do not sum to the campaign's cost, clicks and 14-day sales. */
    private List<Map<String, Object>> mismatches(String table) {
        return jdbc.sql("""
                        select c.date, c.campaign_id from amazon_sp_ads c
                        left join (select date, campaign_id, sum(cost) as cost, sum(clicks) as clicks,
                                          sum(sales_14d) as sales_14d
                                   from %s where org_id = ? group by date, campaign_id) parts
                               on parts.date = c.date and parts.campaign_id = c.campaign_id
                        where c.org_id = ? and (parts.cost is distinct from c.cost
                              or parts.clicks is distinct from c.clicks or parts.sales_14d is distinct from c.sales_14d)"""
                        .formatted(table))
                .params(ORG, ORG).query().listOfRows();
    }

    private long rows(ReportDefinition type, LocalDate date) {
        return jdbc.sql("select count(*) from " + type.table() + " where org_id = ? and profile_id = ?"
                        + " and (cast(? as date) is null or date = ?)")
                .params(ORG, PROFILE, date, date).query(Long.class).single();
    }
}
