package org.complaintdesk.domain.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.complaintdesk.domain.complaint.TicketNumber;

/**
 * The facts a notice of one kind tells, typed, so that no caller spells a placeholder. Every
 * fact is given, whether or not a unit's template uses it.
 */
public sealed interface NoticeFacts {

    NoticeKind kind();

    Sender sender();

    TicketNumber ticket();

    /** Each placeholder's value, times written in {@code zone}. */
    Map<Placeholder, Value> values(ZoneId zone);

    /** A placeholder's value; free text may be cut to fit its channel. */
    record Value(String text, boolean free) {
        static Value fixed(String text) {
            return new Value(text, false);
        }

        static Value free(FreeText text) {
            return new Value(text.value(), true);
        }

        @Override
        public String toString() {
            // A value may be the verification code or quote the complainant.
            return "Value[" + (free ? "free text, " : "") + text.length() + " characters]";
        }
    }

    record Acceptance(Sender sender, TicketNumber ticket, Instant replyDue, VerificationCode code)
            implements NoticeFacts {
        public Acceptance {
            present(sender, ticket, replyDue, code);
        }

        public NoticeKind kind() {
            return NoticeKind.ACCEPTANCE;
        }

        public Map<Placeholder, Value> values(ZoneId zone) {
            var values = common(this);
            values.put(Placeholder.REPLY_DUE, Value.fixed(NoticeTime.time(replyDue, zone)));
            values.put(Placeholder.VERIFICATION_CODE, Value.fixed(code.digits()));
            return values;
        }
    }

    record Decline(Sender sender, TicketNumber ticket, FreeText reason, FreeText whereToTurn) implements NoticeFacts {
        public Decline {
            present(sender, ticket, reason, whereToTurn);
        }

        public NoticeKind kind() {
            return NoticeKind.DECLINE;
        }

        public Map<Placeholder, Value> values(ZoneId zone) {
            var values = common(this);
            values.put(Placeholder.DECLINE_REASON, Value.free(reason));
            values.put(Placeholder.WHERE_TO_TURN, Value.free(whereToTurn));
            return values;
        }
    }

    record Extension(Sender sender, TicketNumber ticket, Instant newDue, FreeText preliminaryOpinion)
            implements NoticeFacts {
        public Extension {
            present(sender, ticket, newDue, preliminaryOpinion);
        }

        public NoticeKind kind() {
            return NoticeKind.EXTENSION;
        }

        public Map<Placeholder, Value> values(ZoneId zone) {
            var values = common(this);
            values.put(Placeholder.NEW_DUE, Value.fixed(NoticeTime.time(newDue, zone)));
            values.put(Placeholder.PRELIMINARY_OPINION, Value.free(preliminaryOpinion));
            return values;
        }
    }

    record ProgressUpdate(Sender sender, TicketNumber ticket, FreeText progress, Instant nextUpdate)
            implements NoticeFacts {
        public ProgressUpdate {
            present(sender, ticket, progress, nextUpdate);
        }

        public NoticeKind kind() {
            return NoticeKind.PROGRESS_UPDATE;
        }

        public Map<Placeholder, Value> values(ZoneId zone) {
            var values = common(this);
            values.put(Placeholder.PROGRESS, Value.free(progress));
            values.put(Placeholder.NEXT_UPDATE, Value.fixed(NoticeTime.time(nextUpdate, zone)));
            return values;
        }
    }

    record Reply(Sender sender, TicketNumber ticket, Instant reviewUntil, FreeText summary)
            implements NoticeFacts {
        public Reply {
            present(sender, ticket, reviewUntil, summary);
        }

        public NoticeKind kind() {
            return NoticeKind.REPLY;
        }

        public Map<Placeholder, Value> values(ZoneId zone) {
            var values = common(this);
            values.put(Placeholder.REVIEW_UNTIL, Value.fixed(NoticeTime.date(reviewUntil, zone)));
            values.put(Placeholder.REPLY_SUMMARY, Value.free(summary));
            return values;
        }
    }

    record CallbackInvitation(Sender sender, TicketNumber ticket, Instant callbackDue) implements NoticeFacts {
        public CallbackInvitation {
            present(sender, ticket, callbackDue);
        }

        public NoticeKind kind() {
            return NoticeKind.CALLBACK_INVITATION;
        }

        public Map<Placeholder, Value> values(ZoneId zone) {
            var values = common(this);
            values.put(Placeholder.CALLBACK_DUE, Value.fixed(NoticeTime.time(callbackDue, zone)));
            return values;
        }
    }

    /** Every fact is given: a notice never goes out with a gap where a fact belongs. */
    private static void present(Object... facts) {
        for (Object fact : facts) {
            Objects.requireNonNull(fact, "every fact of a notice is given");
        }
    }

    private static Map<Placeholder, Value> common(NoticeFacts facts) {
        Map<Placeholder, Value> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.TICKET_NUMBER, Value.fixed(facts.ticket().value()));
        values.put(Placeholder.UNIT_NAME, Value.fixed(facts.sender().unitName()));
        values.put(Placeholder.HOTLINE, Value.fixed(facts.sender().hotline()));
        return values;
    }
}
