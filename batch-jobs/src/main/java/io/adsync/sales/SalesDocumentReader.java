package io.adsync.sales;

import java.io.InputStream;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.adsync.jobs.load.MalformedRowException;
import io.adsync.sales.SalesDocument.ByAsin;
import io.adsync.sales.SalesDocument.ByDate;
import io.adsync.sales.SalesItem.DaySales;
import io.adsync.sales.SalesItem.SkuSales;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a Sales and Traffic document entry by entry: the day totals and every SKU, each bound to a record as it
 * is reached, so memory stays flat whatever the catalogue. Other sections are skipped unread. Restartable: the
 * count of entries read is saved with every chunk; a restart downloads again and passes over that many (malformed
 * ones included). An entry without a SKU, or with text where a number belongs, is thrown as a
 * {@link MalformedRowException} naming it, which the step skips.
 */
public class SalesDocumentReader extends AbstractItemCountingItemStreamItemReader<SalesItem> {

    static final String NAME = "salesDocument";
    /** where the position is kept in the step's execution context */
    static final String READ_COUNT_KEY = NAME + ".read.count";

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Supplier<InputStream> download;
    private InputStream stream;
    private JsonParser parser;
    private String section;

    /** @param download opens the document afresh (a restart re-opens it) */
    public SalesDocumentReader(Supplier<InputStream> download) {
        this.download = download;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        stream = download.get();
        parser = MAPPER.createParser(stream);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalStateException("The Sales and Traffic document is not a JSON object.");
        }
        section = null;
    }

    @Override
    protected SalesItem doRead() {
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (section != null) {
                if (token == JsonToken.END_ARRAY) {
                    section = null;
                    continue;
                }
                JsonNode entry = MAPPER.readTree(parser);
                return SalesDocument.BY_ASIN.equals(section) ? sku(entry) : day(entry);
            }
            if (token == JsonToken.END_OBJECT) {
                return null;
            }
            if (token == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ((SalesDocument.BY_ASIN.equals(name) || SalesDocument.BY_DATE.equals(name))
                        && value == JsonToken.START_ARRAY) {
                    section = name;
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** Passes over entries already committed, malformed ones too (they were skipped then as well). */
    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        for (int i = 0; i < itemIndex; i++) {
            try {
                doRead();
            } catch (MalformedRowException alreadySkipped) {
                // counted as read before the restart; skipped again without a second note
            }
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (parser != null) {
            parser.close();
        }
        if (stream != null) {
            stream.close();
        }
        parser = null;
        stream = null;
    }

    private static SkuSales sku(JsonNode entry) {
        String sku = entry.path("sku").asString("");
        if (sku.isBlank()) {
            throw new MalformedRowException("an entry without a SKU (child ASIN "
                    + entry.path("childAsin").asString("unknown") + ") was left out");
        }
        ByAsin bound;
        try {
            bound = MAPPER.treeToValue(entry, ByAsin.class);
        } catch (DatabindException e) {
            throw new MalformedRowException("SKU " + sku + " was left out: " + field(e) + " is not what Amazon "
                    + "documents (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        var sales = bound.salesByAsin();
        var traffic = bound.trafficByAsin();
        var money = sales == null ? null : sales.orderedProductSales();
        return new SkuSales(sku, bound.childAsin(), bound.parentAsin(), money == null ? null : money.amount(),
                money == null ? null : money.currencyCode(), sales == null ? null : sales.unitsOrdered(),
                sales == null ? null : sales.totalOrderItems(), traffic == null ? null : traffic.sessions(),
                traffic == null ? null : traffic.pageViews(), traffic == null ? null : traffic.buyBoxPercentage(),
                traffic == null ? null : traffic.unitSessionPercentage(), entry.toString());
    }

    private static DaySales day(JsonNode entry) {
        ByDate bound;
        try {
            bound = MAPPER.treeToValue(entry, ByDate.class);
        } catch (DatabindException e) {
            throw new MalformedRowException("the day totals were left out: " + field(e) + " is not what Amazon "
                    + "documents");
        }
        var sales = bound.salesByDate();
        var traffic = bound.trafficByDate();
        var money = sales == null ? null : sales.orderedProductSales();
        return new DaySales(money == null ? null : money.amount(), money == null ? null : money.currencyCode(),
                sales == null ? null : sales.unitsOrdered(), sales == null ? null : sales.totalOrderItems(),
                traffic == null ? null : traffic.sessions(), traffic == null ? null : traffic.pageViews(),
                traffic == null ? null : traffic.unitSessionPercentage(), entry.toString());
    }

    /** {@code salesByAsin.unitsOrdered}: where in the entry the bad value sits. */
    private static String field(DatabindException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getPropertyName())
                .filter(name -> name != null)
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "a value" : path;
    }
}
