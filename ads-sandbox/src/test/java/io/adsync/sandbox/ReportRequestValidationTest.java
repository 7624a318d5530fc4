package io.adsync.sandbox;

import static io.adsync.sandbox.SandboxClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportRequestValidationTest {

    private static final long GB = SandboxAccounts.PROFILE_GB;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final AdsSandbox sandbox = AdsSandbox.start(SandboxOptions.defaults()
            .withClock(new ManualClock(Instant.parse("2026-03-10T12:00:00Z"))));
    private final SandboxClient client = new SandboxClient(sandbox);

    @BeforeEach
    void signIn() {
        client.signIn();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyColumnOfAmazonsReferenceForCampaignsIsAccepted() {
        assertThat(SpCampaignsColumns.ACCEPTED).hasSize(11 + 12 + 4 * 6)
                .contains("campaignApplicableBudgetRuleName", "kindleEditionNormalizedPagesRoyalties14d",
                        "unitsSoldSameSku30d", "attributedSalesSameSku1d");

        assertThat(client.createReport(GB, TODAY.minusDays(1), TODAY.minusDays(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void unsupportedColumnsAreRejectedWithAmazonsMessage() {
        List<String> columns = new ArrayList<>(SpCampaignsColumns.ACCEPTED);
        columns.add("acosClicks14d");
        columns.add("adGroupId");

        HttpResponse<String> response = client.createReport(GB, SandboxClient.reportBody(TODAY.minusDays(1),
                TODAY.minusDays(1), columns));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").stringValue()).isEqualTo("400");
        String detail = json(response).path("detail").stringValue();
        assertThat(detail).startsWith("configuration columns includes invalid values: (acosClicks14d, adGroupId). "
                + "Allowed values: (");
        assertThat(detail.substring(detail.indexOf("Allowed values"))).as("the allowed ones, as Amazon lists them")
                .contains("campaignId", "sales14d").doesNotContain("acosClicks14d", "adGroupId");
        assertThat(sandbox.stats().reportsCreated(GB)).isZero();
    }

    @Test
    void aRetiredColumnIsRejectedAsInvalidAndLeftOutOfTheAllowedOnes() {
        sandbox.faults().retireColumn("spCampaigns", "topOfSearchImpressionShare");

        HttpResponse<String> response = client.createReport(GB, SandboxClient.reportBody(TODAY.minusDays(1),
                TODAY.minusDays(1), SpCampaignsColumns.ACCEPTED));

        assertThat(response.statusCode()).isEqualTo(400);
        String detail = json(response).path("detail").stringValue();
        assertThat(detail).startsWith("configuration columns includes invalid values: (topOfSearchImpressionShare). "
                + "Allowed values: (");
        assertThat(detail.substring(detail.indexOf("Allowed"))).doesNotContain("topOfSearchImpressionShare");
        List<String> without = new ArrayList<>(SpCampaignsColumns.ACCEPTED);
        without.remove("topOfSearchImpressionShare");
        assertThat(client.createReport(GB, SandboxClient.reportBody(TODAY.minusDays(1), TODAY.minusDays(1), without))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void rangeOfThirtyOneDaysPassesAndThirtyTwoIsRejected() {
        assertThat(client.createReport(GB, TODAY.minusDays(31), TODAY.minusDays(1)).statusCode()).isEqualTo(200);

        HttpResponse<String> tooLong = client.createReport(GB, TODAY.minusDays(32), TODAY.minusDays(1));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).path("detail").stringValue())
                .isEqualTo("The report date range must not exceed 31 days");
    }

    @Test
    void startOlderThanNinetyFiveDaysIsRejected() {
        assertThat(client.createReport(GB, TODAY.minusDays(95), TODAY.minusDays(95)).statusCode()).isEqualTo(200);

        HttpResponse<String> tooOld = client.createReport(GB, TODAY.minusDays(96), TODAY.minusDays(96));

        assertThat(tooOld.statusCode()).isEqualTo(400);
        assertThat(json(tooOld).path("detail").stringValue()).startsWith("startDate (")
                .contains("must be equal to or after report type data retention start date");
    }

    static Stream<Arguments> wrongConfigurations() {
        return Stream.of(
                Arguments.of("adProduct", "SPONSORED_BRANDS",
                        "configuration adProduct SPONSORED_BRANDS is not supported for report type spCampaigns"),
                Arguments.of("reportTypeId", "spEverything", "configuration reportTypeId is unknown or invalid"),
                Arguments.of("reportTypeId", "spTargeting",
                        "configuration invalid groupBy values: (campaign). Allowed values: (targeting)"),
                Arguments.of("groupBy", List.of("adGroup"),
                        "configuration invalid groupBy values: (adGroup). Allowed values: (campaign)"),
                Arguments.of("timeUnit", "SUMMARY", "configuration timeUnit SUMMARY is not supported together with "
                        + "the date column"),
                Arguments.of("format", "CSV", "configuration format CSV is not supported"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongConfigurations")
    void wrongConfigurationIsRejected(String field, Object value, String detail) {
        Map<String, Object> body = SandboxClient.reportBody(TODAY.minusDays(1), TODAY.minusDays(1),
                SpCampaignsColumns.ACCEPTED);
        @SuppressWarnings("unchecked")
        Map<String, Object> configuration = (Map<String, Object>) body.get("configuration");
        configuration.put(field, value);

        HttpResponse<String> response = client.createReport(GB, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("detail").stringValue()).isEqualTo(detail);
    }

    @Test
    void endBeforeStartAndMalformedDatesAreRejected() {
        assertThat(client.createReport(GB, TODAY.minusDays(1), TODAY.minusDays(2)).statusCode()).isEqualTo(400);

        Map<String, Object> body = SandboxClient.reportBody(TODAY.minusDays(1), TODAY.minusDays(1),
                SpCampaignsColumns.ACCEPTED);
        body.put("startDate", "10/03/2026");
        HttpResponse<String> response = client.createReport(GB, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("detail").stringValue())
                .isEqualTo("startDate must be a date in the format YYYY-MM-DD");
    }
}
