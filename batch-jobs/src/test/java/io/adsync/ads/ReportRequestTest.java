package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import io.adsync.sandbox.SandboxReportType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a report request asks for every column Amazon's v3 reference lists as valid for the
 * type and grouping at DAILY, and for nothing else: one invalid column and Amazon rejects the whole
 * report with a 400. The valid sets are the sandbox's copy of Amazon's reference ({@link SandboxReportType}).
 */
class ReportRequestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<ReportDefinition> reportTypes() {
        return ReportCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportTypes")
    void asksForEveryColumnAmazonListsForTheTypeAndNothingElse(ReportDefinition type) {
        JsonNode configuration = JSON.valueToTree(
                ReportRequest.daily(type, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31))).path("configuration");
        SandboxReportType amazon = SandboxReportType.find(type.reportTypeId()).orElseThrow();

        assertThat(configuration.path("reportTypeId").asString()).isEqualTo(type.reportTypeId());
        assertThat(configuration.path("adProduct").asString()).isEqualTo(amazon.adProduct());
        assertThat(type.retentionDays()).isEqualTo(amazon.retentionDays());
        assertThat(strings(configuration.path("groupBy"))).containsExactly(amazon.groupBy());
        assertThat(strings(configuration.path("columns"))).as("Amazon's valid columns of %s", type)
                .containsExactlyInAnyOrderElementsOf(amazon.columns().keySet())
                .doesNotHaveDuplicates()
                .containsAll(type.requiredColumns());
    }

    @Test
    void theBodyAsksForTheDailyReportOfTheRangeAsGzipJson() {
        JsonNode body = JSON.valueToTree(ReportRequest.daily(ReportCatalog.spCampaigns(), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 31)));

        assertThat(body.path("startDate").asString()).isEqualTo("2025-05-01");
        assertThat(body.path("endDate").asString()).isEqualTo("2025-05-31");
        assertThat(body.path("name").asString()).isNotBlank();
        JsonNode configuration = body.path("configuration");
        assertThat(configuration.path("adProduct").asString()).isEqualTo("SPONSORED_PRODUCTS");
        assertThat(configuration.path("timeUnit").asString()).isEqualTo("DAILY");
        assertThat(configuration.path("format").asString()).isEqualTo("GZIP_JSON");
    }

    @Test
    void theCatalogueHasTheSixTypesWithTheirAdProductsAndRetention() {
        assertThat(ReportCatalog.all()).extracting(ReportDefinition::reportTypeId, ReportDefinition::adProduct,
                ReportDefinition::retentionDays).containsExactly(
                tuple("spCampaigns", "SPONSORED_PRODUCTS", 95),
                tuple("spTargeting", "SPONSORED_PRODUCTS", 95),
                tuple("spSearchTerm", "SPONSORED_PRODUCTS", 95),
                tuple("spAdvertisedProduct", "SPONSORED_PRODUCTS", 95),
                tuple("sbCampaigns", "SPONSORED_BRANDS", 60),
                tuple("sdCampaigns", "SPONSORED_DISPLAY", 65));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
