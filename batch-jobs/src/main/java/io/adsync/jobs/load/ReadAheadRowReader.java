package io.adsync.jobs.load;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.adsync.report.ReportDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ParseException;
import org.springframework.batch.infrastructure.item.json.JsonObjectReader;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the report's JSON array one row at a time, like Spring Batch's
 * {@code JacksonJsonObjectReader}, but gunzips and parses ({@link ReportRowParser}) on a thread of
 * its own, ahead of the step. That work costs about as much CPU as the database spends storing a
 * row, and the step would otherwise do it while the database idles and wait while it works; ahead
 * of it, both run at once. The look-ahead holds two of the step's chunks (in batches of
 * {@link #BATCH} rows): the step reads a whole chunk before it writes, and the next one must be
 * ready by then, parsed while the database stored this one. Bounded by the chunk size, memory stays
 * flat whatever the report size.
 *
 * <p>Positions are unchanged: {@code JsonItemReader} counts the rows handed to the step, a refused
 * row included, so a restart skips exactly the committed ones ({@link #jumpToItem} runs before the
 * thread starts). A malformed row reaches the step as a {@link MalformedRowException} from
 * {@link #read()}, which it skips; a failure to parse the JSON itself reaches it at the row where it
 * happened and fails the load.
 */
final class ReadAheadRowReader implements JsonObjectReader<ReportRow> {

    private static final Logger log = LoggerFactory.getLogger(ReadAheadRowReader.class);

    static final int BATCH = 64;
    static final int AHEAD_CHUNKS = 2;
    /** How long closing waits for the parsing thread before closing the stream under it. */
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final JsonMapper mapper;
    private final ReportRowParser rowParser;
    private final BlockingQueue<Batch> ahead;

    private InputStream input;
    private JsonParser parser;
    private Thread parsing;
    private volatile boolean closing;
    private Batch current;
    private int position;
    /** Rows taken from the stream so far, skipped ones included: the number of the next is one more. */
    private long parsed;

    /** @param chunkSize rows the step reads before it writes them */
    ReadAheadRowReader(JsonMapper mapper, ReportDefinition definition, int chunkSize) {
        this.mapper = mapper;
        this.rowParser = new ReportRowParser(mapper, definition);
        this.ahead = new ArrayBlockingQueue<>(Math.max(1, AHEAD_CHUNKS * chunkSize / BATCH));
    }

    /** A row as the step gets it: stored as parsed, or refused for the reason given. */
    private record Parsed(ReportRow row, MalformedRowException refused) {
    }

    /** Rows in order, then either the end of the array or the failure that stopped the parsing. */
    private record Batch(List<Parsed> rows, boolean last, Throwable failure) {
    }

    @Override
    public void open(Resource resource) throws Exception {
        closing = false;
        parsing = null;
        ahead.clear();
        current = null;
        position = 0;
        parsed = 0;
        input = resource.getInputStream();
        parser = mapper.createParser(input);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IllegalStateException("The Json input stream must start with an array of Json objects");
        }
    }

    /** Runs on the step's thread, before the parsing thread exists. */
    @Override
    public void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex; i++) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
            }
        }
        parsed = itemIndex;
    }

    @Override
    public ReportRow read() throws Exception {
        if (parsing == null) {
            parsing = new Thread(this::parseAhead, "report-rows-parser");
            parsing.setDaemon(true);
            parsing.start();
        }
        while (current == null || position == current.rows().size()) {
            if (current != null && current.last()) {
                if (current.failure() instanceof Error error) {
                    throw error;
                }
                if (current.failure() != null) {
                    throw (Exception) current.failure();
                }
                return null;
            }
            current = ahead.take();
            position = 0;
        }
        Parsed next = current.rows().get(position++);
        if (next.refused() != null) {
            throw next.refused();
        }
        return next.row();
    }

    private void parseAhead() {
        try {
            List<Parsed> rows = new ArrayList<>(BATCH);
            while (!closing) {
                Parsed row;
                try {
                    row = next();
                } catch (RuntimeException | Error e) {
                    ahead.put(new Batch(rows, true, e));
                    return;
                }
                if (row == null) {
                    ahead.put(new Batch(rows, true, null));
                    return;
                }
                rows.add(row);
                if (rows.size() == BATCH) {
                    ahead.put(new Batch(rows, false, null));
                    rows = new ArrayList<>(BATCH);
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: nobody wants the rest
        }
    }

    /** The next row, or null at the end of the array. */
    private Parsed next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            parsed++;
            try {
                return new Parsed(rowParser.parse(parser, parsed), null);
            } catch (MalformedRowException e) {
                return new Parsed(null, e);
            }
        } catch (JacksonException e) {
            throw new ParseException("Unable to read next JSON object", e);
        }
    }

    @Override
    public void close() throws Exception {
        closing = true;
        if (parsing != null) {
            parsing.interrupt();
            parsing.join(STOP_WAIT_MILLIS);
            if (parsing.isAlive()) {
                log.warn("The report parser did not stop within {} ms; closing its stream under it",
                        STOP_WAIT_MILLIS);
            }
        }
        try {
            if (input != null) {
                input.close();
            }
        } finally {
            if (parser != null && (parsing == null || !parsing.isAlive())) {
                parser.close();
            }
        }
    }
}
