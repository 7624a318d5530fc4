package io.adsync.jobs.load;

import java.util.LinkedHashMap;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report row's JSON object as parsed, carrying its mapping onto the table (or the reason it
 * cannot be stored), worked out by {@link ReadAheadRowReader} on its parsing thread. The step's
 * processor, {@link ReportRowMapper}, then only hands the mapping on: mapping costs about a fifth
 * of what storing a row costs, and on the step's thread the database would wait for it.
 *
 * <p>The mapping describes the object as it was parsed; nothing changes a row between the reader
 * and the processor.
 */
final class MappedRowNode extends ObjectNode {

    /** A row has a property per registry column and a few more: room for all without rehashing. */
    private static final int PROPERTIES = 96;

    private transient ReportRow mapped;
    private transient MalformedRowException malformed;

    MappedRowNode(JsonNodeFactory factory) {
        super(factory, new LinkedHashMap<>(PROPERTIES));
    }

    void map(ReportRowMapper mapper) {
        try {
            mapped = mapper.map(this);
        } catch (MalformedRowException e) {
            malformed = e;
        }
    }

    boolean isMapped() {
        return mapped != null || malformed != null;
    }

    /** @throws MalformedRowException as the mapping did, so the step skips the row as usual */
    ReportRow mapped() {
        if (malformed != null) {
            throw malformed;
        }
        return mapped;
    }

    /**
     * Makes every parsed JSON object a {@link MappedRowNode}, so the reader can attach a row's
     * mapping to the node it hands the step.
     */
    static final class Factory extends JsonNodeFactory {

        @Override
        public ObjectNode objectNode() {
            return new MappedRowNode(this);
        }
    }
}
