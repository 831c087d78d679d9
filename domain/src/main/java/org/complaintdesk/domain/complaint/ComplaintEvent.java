package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.organisation.Actor;

/**
 * One entry of a complaint's timeline (001 principles: every step traceable): what happened, who did
 * it in which role and unit, when, the state before and after, the note the actor gave, and the
 * step's particulars, one record type per {@link EventType}.
 *
 * <p>The sequence is the complaint version the step produced, so a timeline has no gaps and two
 * concurrent steps from the same version cannot both be written.
 */
public record ComplaintEvent(ComplaintId complaintId, long sequence, Actor actor, Instant occurredAt,
                             Optional<ComplaintState> stateBefore, ComplaintState stateAfter, Optional<String> note,
                             EventDetails details) {
    public ComplaintEvent {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(stateAfter, "stateAfter");
        Objects.requireNonNull(note, "note");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }

    /** What happened, as the particulars' type says. */
    public EventType type() {
        return details.type();
    }

    /** The same entry with other particulars of the same type: what a use case learnt of the step's effects. */
    public ComplaintEvent withDetails(EventDetails changed) {
        if (changed.type() != type()) {
            throw new IllegalArgumentException("a " + type() + " entry keeps particulars of its type, not " + changed.type());
        }
        return new ComplaintEvent(complaintId, sequence, actor, occurredAt, stateBefore, stateAfter, note, changed);
    }

    /** Whether the step changed the state. */
    public boolean changedState() {
        return stateBefore.map(before -> before != stateAfter).orElse(true);
    }

    @Override
    public String toString() {
        // Notes and details may quote the complainant: the string form leaves them out.
        return "ComplaintEvent[" + complaintId + " #" + sequence + " " + type() + " by " + actor.userId() + " "
                + stateBefore.map(Enum::name).orElse("-") + "->" + stateAfter + "]";
    }
}
