package org.complaintdesk.domain.notice;

import java.util.Arrays;
import java.util.Optional;

/**
 * A named gap in a template, written {@code {ticket_number}}. Each has a longest value, which is
 * what lets a template's longest SMS be known when it is loaded; free text has none and is cut
 * to the room the channel leaves.
 */
public enum Placeholder {
    /** TicketNumber: TS, 8 digits of date, up to 12 of sequence. */
    TICKET_NUMBER("ticket_number", 22),
    VERIFICATION_CODE("verification_code", VerificationCode.LENGTH),
    UNIT_NAME("unit_name", Sender.MAX_NAME),
    HOTLINE("hotline", Sender.MAX_HOTLINE),
    /** When the reply is due, from the complaint's REPLY clock. */
    REPLY_DUE("reply_due", NoticeTime.TIME_LENGTH),
    /** The extended due time. */
    NEW_DUE("new_due", NoticeTime.TIME_LENGTH),
    /** When the complainant hears of the progress next. */
    NEXT_UPDATE("next_update", NoticeTime.TIME_LENGTH),
    /** By when the callback is made. */
    CALLBACK_DUE("callback_due", NoticeTime.TIME_LENGTH),
    /** The last day a review may be asked for. */
    REVIEW_UNTIL("review_until", NoticeTime.DATE_LENGTH),
    DECLINE_REASON("decline_reason", -1),
    WHERE_TO_TURN("where_to_turn", -1),
    PRELIMINARY_OPINION("preliminary_opinion", -1),
    PROGRESS("progress", -1),
    REPLY_SUMMARY("reply_summary", -1);

    private final String token;
    private final int longest;

    Placeholder(String token, int longest) {
        this.token = token;
        this.longest = longest;
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    public boolean freeText() {
        return longest < 0;
    }

    /** The most characters a value takes; only for placeholders that are not free text. */
    int longest() {
        if (freeText()) {
            throw new IllegalStateException(token + " is free text and has no longest value");
        }
        return longest;
    }

    public static Optional<Placeholder> byToken(String token) {
        return Arrays.stream(values()).filter(p -> p.token.equals(token)).findFirst();
    }
}
