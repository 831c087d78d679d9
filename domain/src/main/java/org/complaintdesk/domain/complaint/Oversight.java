package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.ComplainantWait;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.Urge;

/**
 * What bears on the handling's time rather than its course: the wait on the complainant in
 * progress (stop-the-clock), urges (催办), the extension asked for (延期) and supervision (督办).
 *
 * @param complainantWait  the wait on the complainant in progress, if the complaint waits
 * @param urges            how often a lead urged the handling on
 * @param latestUrge       the latest of those urges
 * @param pendingExtension the extension of a clock asked for and not yet decided
 * @param supervision      the escalation the complaint is under, if any
 */
public record Oversight(Optional<ComplainantWait> complainantWait, int urges, Optional<Urge> latestUrge,
                        Optional<ExtensionRequest> pendingExtension, Optional<Supervision> supervision) {
    public static final Oversight NONE =
            new Oversight(Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty());

    public Oversight {
        Objects.requireNonNull(complainantWait, "complainantWait");
        Objects.requireNonNull(latestUrge, "latestUrge");
        Objects.requireNonNull(pendingExtension, "pendingExtension");
        Objects.requireNonNull(supervision, "supervision");
        if (urges < 0) {
            throw new IllegalArgumentException("urges must not be negative");
        }
        if ((urges == 0) != latestUrge.isEmpty()) {
            throw new IllegalArgumentException("the latest urge is there exactly when the complaint was urged");
        }
    }

    /** Whether the complaint waits on the complainant now. */
    public boolean isWaiting() {
        return complainantWait.isPresent();
    }

    /** Starts a wait on the complainant, or (empty) ends the one in progress. */
    Oversight withComplainantWait(Optional<ComplainantWait> value) {
        return new Oversight(value, urges, latestUrge, pendingExtension, supervision);
    }

    Oversight urged(Urge value) {
        return new Oversight(complainantWait, urges + 1, Optional.of(value), pendingExtension, supervision);
    }

    /** Asks for an extension, or (empty) ends the request with its decision. */
    Oversight withPendingExtension(Optional<ExtensionRequest> value) {
        return new Oversight(complainantWait, urges, latestUrge, value, supervision);
    }

    Oversight supervised(Supervision value) {
        return new Oversight(complainantWait, urges, latestUrge, pendingExtension, Optional.of(value));
    }
}
