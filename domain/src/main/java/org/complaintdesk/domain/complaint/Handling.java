package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.Decline;

/**
 * The current handling of a complaint: the latest outcome of each step, grouped by phase. The full
 * history, with every contact and investigation record, is the timeline.
 *
 * @param acceptance    the acceptance, if the complaint was accepted
 * @param decline       the decline, if it was not
 * @param investigation dispatch, contacts, investigation records and the finding
 * @param outcome       resolution, reply, callback and review
 * @param oversight     the wait on the complainant, urges, extensions and supervision
 * @param ending        withdrawal, closing and archive
 */
public record Handling(
        Optional<Acceptance> acceptance,
        Optional<Decline> decline,
        Investigation investigation,
        Outcome outcome,
        Oversight oversight,
        Ending ending) {

    public static final Handling NONE = new Handling(Optional.empty(), Optional.empty(), Investigation.NONE,
            Outcome.NONE, Oversight.NONE, Ending.NONE);

    public Handling {
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(decline, "decline");
        Objects.requireNonNull(investigation, "investigation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(oversight, "oversight");
        Objects.requireNonNull(ending, "ending");
    }

    Handling withAcceptance(Acceptance value) {
        return new Handling(Optional.of(value), decline, investigation, outcome, oversight, ending);
    }

    Handling withDecline(Decline value) {
        return new Handling(acceptance, Optional.of(value), investigation, outcome, oversight, ending);
    }

    Handling with(Investigation value) {
        return new Handling(acceptance, decline, value, outcome, oversight, ending);
    }

    Handling with(Outcome value) {
        return new Handling(acceptance, decline, investigation, value, oversight, ending);
    }

    Handling with(Oversight value) {
        return new Handling(acceptance, decline, investigation, outcome, value, ending);
    }

    Handling with(Ending value) {
        return new Handling(acceptance, decline, investigation, outcome, oversight, value);
    }
}
