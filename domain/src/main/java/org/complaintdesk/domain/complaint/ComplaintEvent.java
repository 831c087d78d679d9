package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.Actor;

/**
 * One entry of a complaint's timeline (001 principles: every step traceable): what happened, who did
 * it in which role and unit, when, the state before and after, the note the actor gave, and the
 * step's particulars as named values (keys in snake_case, documented per type in the API).
 *
 * <p>The sequence is the complaint version the step produced, so a timeline has no gaps and two
 * concurrent steps from the same version cannot both be written.
 */
public record ComplaintEvent(ComplaintId complaintId, long sequence, EventType type, Actor actor, Instant occurredAt,
                             Optional<ComplaintState> stateBefore, ComplaintState stateAfter, Optional<String> note,
                             Map<String, String> details) {
    public ComplaintEvent {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(stateAfter, "stateAfter");
        Objects.requireNonNull(note, "note");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
        // Keeps the order the step wrote them in, for a readable timeline.
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Whether the step changed the state. */
    public boolean changedState() {
        return stateBefore.map(before -> before != stateAfter).orElse(true);
    }

    @Override
    public String toString() {
        // Notes and details may quote the complainant: the string form leaves them out.
        return "ComplaintEvent[" + complaintId + " #" + sequence + " " + type + " by " + actor.userId() + " "
                + stateBefore.map(Enum::name).orElse("-") + "->" + stateAfter + "]";
    }
}
