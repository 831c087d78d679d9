package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.complaint.ComplaintRows.storable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintEventRecord;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.JSONB;

/**
 * Maps a {@link ComplaintEvent} to a {@code complaint_event} row and back. The particulars are a
 * jsonb object of text values, spelled by {@link EventDetailsColumns}.
 */
final class ComplaintEventRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private ComplaintEventRows() {
    }

    static ComplaintEventRecord toRecord(ComplaintEvent e) {
        ComplaintEventRecord r = new ComplaintEventRecord();
        r.setComplaintId(e.complaintId().value());
        r.setSequence(e.sequence());
        r.setType(e.type().name());
        r.setActorUserId(e.actor().userId().value());
        r.setActorRole(e.actor().role().name());
        r.setActorOrgUnit(e.actor().orgUnit().value());
        r.setOccurredAt(storable(e.occurredAt()));
        r.setStateBefore(e.stateBefore().map(Enum::name).orElse(null));
        r.setStateAfter(e.stateAfter().name());
        r.setNote(e.note().orElse(null));
        r.setDetails(json(EventDetailsColumns.write(e.details())));
        return r;
    }

    static ComplaintEvent toEvent(ComplaintEventRecord r) {
        return new ComplaintEvent(
                new ComplaintId(r.getComplaintId()),
                r.getSequence(),
                new Actor(new UserId(r.getActorUserId()), Role.valueOf(r.getActorRole()),
                        new OrgUnitId(r.getActorOrgUnit())),
                r.getOccurredAt(),
                Optional.ofNullable(r.getStateBefore()).map(ComplaintState::valueOf),
                ComplaintState.valueOf(r.getStateAfter()),
                Optional.ofNullable(r.getNote()),
                EventDetailsColumns.read(EventType.valueOf(r.getType()), details(r)));
    }

    private static JSONB json(Map<String, String> details) {
        try {
            return JSONB.valueOf(JSON.writeValueAsString(details));
        } catch (JsonProcessingException e) {
            // A map of strings always serialises; the message leaves the values out, they may quote the complainant.
            throw new IllegalStateException("timeline details could not be written as JSON", e);
        }
    }

    private static Map<String, String> details(ComplaintEventRecord r) {
        try {
            return JSON.readValue(r.getDetails().data(), DETAILS);
        } catch (JsonProcessingException e) {
            // complaint_event_details_object admits any object; only text values are ours.
            throw new IllegalStateException("details of timeline entry " + r.getSequence() + " of complaint "
                    + r.getComplaintId() + " are not an object of text values", e);
        }
    }
}
