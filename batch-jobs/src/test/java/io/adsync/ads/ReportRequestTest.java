package io.adsync.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.adsync.report.ColumnRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportRequestTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theBodyAsksForTheDailySpCampaignsReportWithEveryRegistryColumn() {
        JsonNode body = json.valueToTree(
                ReportRequest.spCampaignsDaily(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)));

        assertThat(body.path("startDate").asString()).isEqualTo("2025-05-01");
        assertThat(body.path("endDate").asString()).isEqualTo("2025-05-31");
        assertThat(body.path("name").asString()).isNotBlank();
        JsonNode configuration = body.path("configuration");
        assertThat(configuration.path("adProduct").asString()).isEqualTo("SPONSORED_PRODUCTS");
        assertThat(configuration.path("reportTypeId").asString()).isEqualTo("spCampaigns");
        assertThat(strings(configuration.path("groupBy"))).containsExactly("campaign");
        assertThat(configuration.path("timeUnit").asString()).isEqualTo("DAILY");
        assertThat(configuration.path("format").asString()).isEqualTo("GZIP_JSON");
        assertThat(strings(configuration.path("columns"))).isEqualTo(ColumnRegistry.apiNames());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
