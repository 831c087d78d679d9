package org.complaintdesk.domain.notice;

import java.util.Optional;
import org.complaintdesk.domain.complaint.ContactPreference;

/**
 * How a notice reaches the complainant. An SMS has a length limit ({@link SmsLimit}); a WeChat
 * message and an e-mail may be longer, with each piece of free text cut at {@link #freeTextLimit()}.
 * Letters come later.
 */
public enum NoticeChannel {
    SMS(0),
    /** A WeChat template message's field shows about 200 characters before it folds. */
    WECHAT(200),
    EMAIL(2000);

    private final int freeTextLimit;

    NoticeChannel(int freeTextLimit) {
        this.freeTextLimit = freeTextLimit;
    }

    /** The longest a piece of free text may be on this channel; for SMS it follows from the room the template leaves. */
    public int freeTextLimit() {
        return freeTextLimit;
    }

    /**
     * The channel for the complainant's contact preference. Someone who prefers the phone gets an
     * SMS at that number: calls are the staff's contacts, not notices, and a text keeps what was
     * promised in the complainant's hands. A preference for letters has no channel yet.
     */
    public static Optional<NoticeChannel> forPreference(ContactPreference preference) {
        return switch (preference) {
            case PHONE, SMS -> Optional.of(SMS);
            case WECHAT -> Optional.of(WECHAT);
            case EMAIL -> Optional.of(EMAIL);
            case LETTER -> Optional.empty();
        };
    }
}
