package io.adsync.jobs.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.adsync.report.ReportCatalog;
import io.adsync.report.ReportDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** How one row of a report's JSON becomes the values the COPY text gets, or the reason it cannot. */
class ReportRowParserTest {

    private static final ReportDefinition SP_CAMPAIGNS = ReportCatalog.spCampaigns();

    private static final String ROW = "\"date\":\"2026-11-20\",\"campaignId\":42";

    @Test
    void decimalsAreStoredExactlyAsSentExponentsIncluded() {
        ReportRow row = single("{" + ROW + ",\"cost\":12.30,\"sales7d\":1.5E+2,\"clickThroughRate\":0.0049}");

        assertThat(value(row, "cost")).isEqualTo("12.30");
        assertThat(value(row, "sales7d")).isEqualTo("1.5E+2");
        assertThat(value(row, "clickThroughRate")).isEqualTo("0.0049");
    }

    @Test
    void countsAreWholeNumbersEvenWhenWrittenAsDecimals() {
        ReportRow row = single("{" + ROW + ",\"clicks\":12.0,\"impressions\":1200}");

        assertThat(value(row, "clicks")).isEqualTo(12L);
        assertThat(value(row, "impressions")).isEqualTo(1200L);
        assertThat(value(row, "campaignId")).isEqualTo(42L);
    }

    @Test
    void keysWithoutAColumnGoToExtraWithTheirValuesUnchanged() {
        ReportRow row = single("{" + ROW + ",\"campaignTargetingType\":\"AUTO\",\"bid\":0.10,\"tags\":[1,{\"a\":null}]}");

        assertThat(row.extraJson()).isEqualTo("{\"campaignTargetingType\":\"AUTO\",\"bid\":0.10,\"tags\":[1,{\"a\":null}]}");
        assertThat(single("{" + ROW + "}").extraJson()).isNull();
    }

    @Test
    void extraKeysAndTextsThatNeedEscapingStayTheSameJson() {
        String extra = "\"say \\\"hi\\\"\":\"line\\none\\ttab \\u00e9\",\"flag\":true,\"none\":null,\"n\":-1.5E-3";
        ReportRow row = single("{" + ROW + "," + extra + "}");

        assertThat(ReportRowsReader.ROW_MAPPER.readTree(row.extraJson()))
                .isEqualTo(ReportRowsReader.ROW_MAPPER.readTree("{" + extra + "}"));
        assertThat(row.extraJson()).contains("-1.5E-3");
    }

    @Test
    void aTextColumnHoldingAnObjectKeepsItAsJson() {
        ReportRow row = single("{" + ROW + ",\"campaignName\":{\"en\":\"Bowls\"},\"campaignStatus\":null}");

        assertThat(value(row, "campaignName")).isEqualTo("{\"en\":\"Bowls\"}");
        assertThat(value(row, "campaignStatus")).isNull();
    }

    @Test
    void aValueOfTheWrongTypeRefusesTheRowNamingItButTheNextRowStillReads() {
        List<Object> rows = parseAll("[{" + ROW + ",\"clicks\":{\"deep\":[1,2]},\"cost\":\"abc\"},"
                + "{\"date\":\"2026-11-21\",\"campaignId\":43}]");

        assertThat(rows.get(0)).isInstanceOf(MalformedRowException.class).extracting(o -> ((Exception) o).getMessage())
                .isEqualTo("row 1 of 2026-11-20 for campaignId 42: clicks is {\"deep\":[1,2]}, expected a whole number");
        assertThat(rows.get(1)).isInstanceOf(ReportRow.class);
        assertThat(value((ReportRow) rows.get(1), "date")).isEqualTo("2026-11-21");
    }

    @Test
    void rowsWithoutDateOrCampaignOrThatAreNoObjectAreRefused() {
        List<Object> rows = parseAll("[{\"campaignId\":1},{\"date\":\"2026-11-20\"},[1,2],"
                + "{\"date\":\"20 Nov\",\"campaignId\":2},{\"date\":\"2026-11-20\",\"campaignId\":3,\"clicks\":1.5},"
                + "{\"date\":\"2026-11-20\",\"campaignId\":4,\"cost\":1e999999}]");

        assertThat(rows).map(o -> ((MalformedRowException) o).getMessage()).containsExactly(
                "row 1 for campaignId 1: date is missing",
                "row 2 of 2026-11-20: campaignId is missing",
                "row 3 is not a JSON object: [1,2]",
                "row 4 for campaignId 2: date is \"20 Nov\", expected a date (YYYY-MM-DD)",
                "row 5 of 2026-11-20 for campaignId 3: clicks is 1.5, expected a whole number",
                "row 6 of 2026-11-20 for campaignId 4: cost is 1e999999, expected a number");
    }

    private static ReportRow single(String json) {
        List<Object> rows = parseAll("[" + json + "]");
        assertThat(rows).hasSize(1);
        if (rows.get(0) instanceof MalformedRowException refused) {
            throw refused;
        }
        return (ReportRow) rows.get(0);
    }

    /** Every element of the array: a row, or the exception that refused it. */
    private static List<Object> parseAll(String json) {
        ReportRowParser rowParser = new ReportRowParser(ReportRowsReader.ROW_MAPPER, SP_CAMPAIGNS);
        List<Object> rows = new ArrayList<>();
        try (JsonParser parser = ReportRowsReader.ROW_MAPPER.createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                try {
                    rows.add(rowParser.parse(parser, rows.size() + 1));
                } catch (MalformedRowException e) {
                    rows.add(e);
                }
            }
        }
        return rows;
    }

    private static Object value(ReportRow row, String apiName) {
        return row.values()[ReportCatalog.spCampaigns().indexOf(apiName)];
    }
}
