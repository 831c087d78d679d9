package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.Acceptance;
import org.complaintdesk.domain.handling.Callback;
import org.complaintdesk.domain.handling.ComplainantWait;
import org.complaintdesk.domain.handling.Contact;
import org.complaintdesk.domain.handling.Decline;
import org.complaintdesk.domain.handling.Dispatch;
import org.complaintdesk.domain.handling.ExtensionRequest;
import org.complaintdesk.domain.handling.Finding;
import org.complaintdesk.domain.handling.Reply;
import org.complaintdesk.domain.handling.Resolution;
import org.complaintdesk.domain.handling.Review;
import org.complaintdesk.domain.handling.Supervision;
import org.complaintdesk.domain.handling.Urge;
import org.complaintdesk.domain.handling.Withdrawal;

/**
 * The current handling of a complaint: the latest outcome of each step. The full history, with
 * every contact and investigation record, is the timeline.
 *
 * @param investigationRecords how many investigation records were added
 * @param reopenings           how often an unsatisfied callback or a changed review reopened it
 * @param complainantWait      the wait on the complainant in progress, if the complaint waits
 * @param urges                how often a supervisor urged the handling on
 * @param latestUrge           the latest of those urges
 * @param pendingExtension     the extension of a clock asked for and not yet decided
 * @param supervision          the escalation (督办) the complaint is under, if any
 */
public record Handling(
        Optional<Acceptance> acceptance,
        Optional<Decline> decline,
        Optional<Dispatch> dispatch,
        Optional<Contact> latestContact,
        int investigationRecords,
        Optional<Finding> finding,
        Optional<Resolution> resolution,
        Optional<Reply> reply,
        Optional<Callback> latestCallback,
        Optional<Review> review,
        Optional<Withdrawal> withdrawal,
        int reopenings,
        Optional<Instant> closedAt,
        Optional<Instant> archivedAt,
        Optional<ComplainantWait> complainantWait,
        int urges,
        Optional<Urge> latestUrge,
        Optional<ExtensionRequest> pendingExtension,
        Optional<Supervision> supervision) {

    public static final Handling NONE = new Handling(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), 0,
            Optional.empty(), Optional.empty(), Optional.empty());

    public Handling {
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(decline, "decline");
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(latestContact, "latestContact");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(latestCallback, "latestCallback");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(archivedAt, "archivedAt");
        Objects.requireNonNull(complainantWait, "complainantWait");
        Objects.requireNonNull(latestUrge, "latestUrge");
        Objects.requireNonNull(pendingExtension, "pendingExtension");
        Objects.requireNonNull(supervision, "supervision");
        if (investigationRecords < 0 || reopenings < 0 || urges < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if ((urges == 0) != latestUrge.isEmpty()) {
            throw new IllegalArgumentException("the latest urge is there exactly when the complaint was urged");
        }
    }

    Handling withAcceptance(Acceptance value) {
        return new Handling(Optional.of(value), decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withDecline(Decline value) {
        return new Handling(acceptance, Optional.of(value), dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withDispatch(Optional<Dispatch> value) {
        return new Handling(acceptance, decline, value, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withContact(Contact value) {
        return new Handling(acceptance, decline, dispatch, Optional.of(value), investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withInvestigationRecordAdded() {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords + 1, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withFinding(Finding value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, Optional.of(value),
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withResolution(Resolution value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                Optional.of(value), reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    /** A new reply answers the latest handling; a callback on an earlier reply no longer speaks for it. */
    Handling withReply(Reply value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, Optional.of(value), Optional.empty(), review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withCallback(Callback value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, Optional.of(value), review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withReview(Review value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, Optional.of(value), withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling withWithdrawal(Withdrawal value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, Optional.of(value), reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling reopened() {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings + 1, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling closed(Instant at) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, Optional.of(at), archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    Handling archived(Instant at) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, Optional.of(at),
                complainantWait, urges, latestUrge, pendingExtension, supervision);
    }

    /** Whether the complaint waits on the complainant now. */
    public boolean isWaiting() {
        return complainantWait.isPresent();
    }

    /** Starts a wait on the complainant, or (empty) ends the one in progress. */
    Handling withComplainantWait(Optional<ComplainantWait> value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                value, urges, latestUrge, pendingExtension, supervision);
    }

    Handling urged(Urge value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges + 1, Optional.of(value), pendingExtension, supervision);
    }

    /** Asks for an extension, or (empty) ends the request with its decision. */
    Handling withPendingExtension(Optional<ExtensionRequest> value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, value, supervision);
    }

    Handling supervised(Supervision value) {
        return new Handling(acceptance, decline, dispatch, latestContact, investigationRecords, finding,
                resolution, reply, latestCallback, review, withdrawal, reopenings, closedAt, archivedAt,
                complainantWait, urges, latestUrge, pendingExtension, Optional.of(value));
    }
}
