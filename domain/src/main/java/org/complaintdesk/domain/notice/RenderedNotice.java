package org.complaintdesk.domain.notice;

import java.util.Objects;

/** A notice ready to send. Its text may quote the complainant, so {@link #toString()} leaves it out. */
public record RenderedNotice(NoticeKind kind, NoticeChannel channel, String text) {
    public RenderedNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "RenderedNotice[" + kind + " " + channel + ", " + text.length() + " characters]";
    }
}
