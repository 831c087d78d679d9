package org.complaintdesk.application.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.port.out.VerificationCodes;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.notice.FreeText;
import org.complaintdesk.domain.notice.IssuedNotice;
import org.complaintdesk.domain.notice.NoticeChannel;
import org.complaintdesk.domain.notice.NoticeFacts;
import org.complaintdesk.domain.notice.NoticeKind;
import org.complaintdesk.domain.notice.NoticeOccasions;
import org.complaintdesk.domain.notice.NoticeSenders;
import org.complaintdesk.domain.notice.NoticeTemplates;
import org.complaintdesk.domain.notice.Sender;

/**
 * Issues the notices a step calls for ({@link NoticeOccasions}): gathers their facts from the
 * complaint and its clocks as they stand after the step, renders them with the owning unit's
 * templates on the channel of the complainant's contact preference, in the organisation's time
 * zone, and gives the gateway until {@code confirmWithin} from now to report the delivery.
 *
 * <p>A notice whose facts are not there is not issued: a preference for letters has no channel
 * yet, a due that no clock of the complaint times (a callback of a consultation) cannot be
 * promised, and without the verification codes (a service whose public view is not set up) the
 * acceptance notice would lack the code it carries.
 */
public final class NoticeIssuer implements StepNotices, ProgressNotices {
    private final NoticeTemplates templates;
    private final NoticeSenders senders;
    private final ComplaintClocks clocks;
    private final Optional<VerificationCodes> codes;
    private final ZoneId zone;
    private final Duration confirmWithin;
    private final Supplier<UUID> ids;

    public NoticeIssuer(NoticeTemplates templates, NoticeSenders senders, ComplaintClocks clocks,
                        Optional<VerificationCodes> codes, ZoneId zone, Duration confirmWithin, Supplier<UUID> ids) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.senders = Objects.requireNonNull(senders, "senders");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.confirmWithin = Objects.requireNonNull(confirmWithin, "confirmWithin");
        this.ids = Objects.requireNonNull(ids, "ids");
        if (confirmWithin.isNegative() || confirmWithin.isZero()) {
            throw new IllegalArgumentException("a gateway needs some time to confirm a notice");
        }
    }

    @Override
    public List<IssuedNotice> issuedFor(Complaint before, Complaint after, Instant now) {
        List<ComplaintEvent> steps = after.newEvents().subList(before.newEvents().size(), after.newEvents().size());
        List<NoticeKind> kinds = steps.stream().flatMap(e -> NoticeOccasions.calledForBy(e.details()).stream()).toList();
        Optional<NoticeChannel> channel = NoticeChannel.forPreference(
                after.submission().complainant().contactPreference());
        if (kinds.isEmpty() || channel.isEmpty()) {
            return List.of();
        }
        Facts facts = new Facts(before, after, clocks.current(after, now));
        List<IssuedNotice> issued = new ArrayList<>();
        for (NoticeKind kind : kinds) {
            facts.of(kind).ifPresent(f -> issued.add(new IssuedNotice(ids.get(), after.id(), after.ticketNumber(),
                    templates.render(after.registration().orgUnit(), channel.get(), f, zone), now,
                    now.plus(confirmWithin))));
        }
        return List.copyOf(issued);
    }

    /** The next progress is promised {@link NoticeOccasions#PROGRESS_INTERVAL} from now. */
    @Override
    public Optional<IssuedNotice> progressFor(Complaint complaint, Instant now) {
        Optional<NoticeChannel> channel = NoticeChannel.forPreference(
                complaint.submission().complainant().contactPreference());
        return channel.flatMap(ch -> NoticeOccasions.progress(complaint).map(progress -> {
            var facts = new NoticeFacts.ProgressUpdate(senders.forUnit(complaint.registration().orgUnit()),
                    complaint.ticketNumber(), progress, now.plus(NoticeOccasions.PROGRESS_INTERVAL));
            return new IssuedNotice(ids.get(), complaint.id(), complaint.ticketNumber(),
                    templates.render(complaint.registration().orgUnit(), ch, facts, zone), now, now.plus(confirmWithin));
        }));
    }

    /** The facts of each kind, from the complaint before and after the step and its clocks after it. */
    private final class Facts {
        private final Complaint before;
        private final Complaint after;
        private final List<ComplaintClock> current;
        private final Sender sender;

        Facts(Complaint before, Complaint after, List<ComplaintClock> current) {
            this.before = before;
            this.after = after;
            this.current = current;
            this.sender = senders.forUnit(after.registration().orgUnit());
        }

        Optional<NoticeFacts> of(NoticeKind kind) {
            var ticket = after.ticketNumber();
            return switch (kind) {
                case ACCEPTANCE -> codes.flatMap(c -> due(ClockKind.REPLY).map(replyDue ->
                        new NoticeFacts.Acceptance(sender, ticket, replyDue, c.codeFor(after.id()))));
                case DECLINE -> after.handling().decline().map(decline -> new NoticeFacts.Decline(sender, ticket,
                        NoticeOccasions.declineReason(decline.reason()), new FreeText(decline.guidance().value())));
                // The approval empties the pending request: its opinion is the one before the step.
                case EXTENSION -> before.handling().oversight().pendingExtension().map(
                        request -> new NoticeFacts.Extension(sender, ticket, request.newDue(),
                                new FreeText(request.preliminaryOpinion().value())));
                case REPLY -> after.handling().outcome().reply().flatMap(reply -> due(ClockKind.REVIEW_WINDOW)
                        .map(until -> new NoticeFacts.Reply(sender, ticket, until,
                                new FreeText(reply.content().value()))));
                case CALLBACK_INVITATION -> due(ClockKind.CALLBACK)
                        .map(callbackDue -> new NoticeFacts.CallbackInvitation(sender, ticket, callbackDue));
                case PROGRESS_UPDATE -> Optional.empty();
            };
        }

        /** The due of the clock's latest round, if it waits for its step. */
        private Optional<Instant> due(ClockKind kind) {
            return current.stream().filter(c -> c.kind() == kind && c.isRunning()).map(ComplaintClock::due).findFirst();
        }
    }
}
