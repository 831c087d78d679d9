package org.complaintdesk.adapters.postgres.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintWatchRecord;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.domain.handling.ClockKind;
import org.jooq.JSONB;

/**
 * The row of complaint_watch (V5) that records what the monitor found of a complaint's clocks:
 * written by the monitor, and by a registration that took the monitor's first look itself.
 */
final class WatchRows {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private WatchRows() {
    }

    /**
     * The watch row of the outcome, every column set, NULLs included: an outcome with no clock to
     * watch clears what was recorded. A registration that took the first look inserts it.
     */
    static ComplaintWatchRecord record(Attention.Outcome outcome) {
        var row = new ComplaintWatchRecord();
        row.setComplaintId(outcome.complaint().id().value());
        row.setNextAttentionAt(outcome.nextAttention().map(ComplaintRows::storable).orElse(null));
        row.setEarliestDue(outcome.earliestDue().map(ComplaintRows::storable).orElse(null));
        row.setClockStatus(outcome.status().map(Enum::name).orElse(null));
        row.setRecordedVersion(outcome.complaint().version());
        row.setRunningDues(json(outcome.dues()));
        row.changed(true);
        return row;
    }

    /**
     * The dues as stored times: a due computed from a registration still in hand (not yet read
     * back, so finer than the database keeps) must compare equal to the same due computed later
     * from the stored complaint, or the monitor would take it for a re-timing.
     */
    static JSONB json(Map<ClockKind, Instant> dues) {
        Map<String, String> text = new TreeMap<>();
        dues.forEach((kind, due) -> text.put(kind.name(), ComplaintRows.storable(due).toString()));
        try {
            return JSONB.valueOf(JSON.writeValueAsString(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("clock dues could not be written as JSON", e);
        }
    }
}
