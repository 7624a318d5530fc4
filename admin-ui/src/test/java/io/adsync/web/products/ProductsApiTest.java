package io.adsync.web.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestHttp;
import io.adsync.testapp.TestHttp.Response;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.reports.AdRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/products} and the Products page: every SKU seen in sales, the ones without fees named, fees saved
 * through the API, the inline form or a CSV file, and the reports' fees and payout following them.
 */
@AdsSyncAppTest
class ProductsApiTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestHttp http;
    long org;

    @BeforeEach
    void aSellerWithSalesOfTwoSkus() {
        http = new TestHttp(port);
        org = TestOrgs.create(jdbc);
        new AdRows(jdbc, org).campaign(DAY, 111, "Brand", "20.00", "50.00", 10, 1000)
                .sales(DAY, "SKU-A", "100.00", 4, 50)
                .sales(DAY, "SKU-B", "60.00", 2, 30);
    }

    @Test
    void listsEverySkuSeenInSalesAndNamesThoseWithoutFees() {
        JsonNode listing = get("/api/products?orgId=" + org).json();

        assertThat(listing.get("products")).extracting(product -> product.get("sku").asString())
                .containsExactly("SKU-A", "SKU-B");
        assertThat(listing.get("withoutFees")).extracting(JsonNode::asString).containsExactly("SKU-A", "SKU-B");
    }

    @Test
    void savedFeesMoveTheReportsFeesAndPayout() {
        JsonNode before = report();
        assertThat(before.get("estimatedPayout").decimalValue()).as("160 revenue - 20 spend, no fees")
                .isEqualByComparingTo("140.00");

        Response saved = http.postJson("/api/products?orgId=" + org, """
                {"products": [{"sku": "SKU-A", "asin": "B0AAAA", "fbaFee": 3.00, "referralPercent": 15},
                              {"sku": "SKU-B", "fbaFee": 2.50, "referralPercent": 8}]}""",
                "Authorization", TestHttp.admin());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("saved").asInt()).isEqualTo(2);
        JsonNode listing = get("/api/products?orgId=" + org).json();
        assertThat(listing.get("withoutFees")).isEmpty();
        assertThat(listing.get("products").get(0).get("asin").asString()).isEqualTo("B0AAAA");
        JsonNode after = report();
        assertThat(after.get("fbaFees").decimalValue()).as("4 x 3.00 + 2 x 2.50").isEqualByComparingTo("17.00");
        assertThat(after.get("referralFees").decimalValue()).as("15% of 100 + 8% of 60").isEqualByComparingTo("19.80");
        assertThat(after.get("estimatedPayout").decimalValue()).as("160 - 17 - 19.80 - 20")
                .isEqualByComparingTo("103.20");
    }

    @Test
    void invalidFeesAreRefusedNamingTheSkuAndNothingIsSaved() {
        Response refused = http.postJson("/api/products?orgId=" + org, """
                {"products": [{"sku": "SKU-A", "fbaFee": 3.00, "referralPercent": 15},
                              {"sku": "SKU-B", "fbaFee": -1, "referralPercent": 8}]}""",
                "Authorization", TestHttp.admin());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).contains("SKU SKU-B: the FBA fee must not be negative");
        assertThat(get("/api/products?orgId=" + org).json().get("withoutFees")).hasSize(2);
    }

    @Test
    void thePageNamesTheSkusWithoutFeesAndTheCsvRoundTrips() {
        Response page = get("/products?orgId=" + org);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2 SKUs have no fees").contains("SKU-A, SKU-B")
                .contains("aria-label=\"FBA fee of SKU-A\"");

        http.postJson("/api/products?orgId=" + org, """
                {"products": [{"sku": "SKU-A", "fbaFee": 3.25, "referralPercent": 15}]}""",
                "Authorization", TestHttp.admin());
        Response csv = get("/products/export.csv?orgId=" + org);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("sku,asin,fba_fee,referral_percent\r\nSKU-A,,3.25,15\r\nSKU-B,,,\r\n");
        assertThat(ProductsCsv.read(csv.body())).containsExactly(
                new ProductFees("SKU-A", "", new java.math.BigDecimal("3.25"), new java.math.BigDecimal("15")),
                new ProductFees("SKU-B", "", null, null));
    }

    @Test
    void aCsvCellThatIsNotANumberIsNamedByLine() {
        assertThatThrownBy(() -> ProductsCsv.read(
                        "sku,fba_fee,referral_percent\nSKU-A,3.00,15\nSKU-B,abc,8\n"))
                .hasMessage("Line 3: fba_fee \"abc\" is not a number (write 3.25, with a dot).");
    }

    @Test
    void withoutALoginTheProductsAnswer401() {
        assertThat(http.get("/api/products?orgId=" + org).status()).isEqualTo(401);
    }

    private Response get(String path) {
        return http.get(path, "Authorization", TestHttp.admin());
    }

    private JsonNode report() {
        return get("/api/reports/amazon?orgId=" + org + "&from=2025-03-01&to=2025-03-01").json().get("totals");
    }
}
