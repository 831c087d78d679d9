package org.complaintdesk.application.notice;

import java.util.List;
import java.util.Objects;
import org.complaintdesk.domain.notice.IssuedNotice;

/** What a write changes of the complaint's notices, in the same transaction as its steps. */
public record NoticeWrites(List<IssuedNotice> issued) {
    public static final NoticeWrites NONE = new NoticeWrites(List.of());

    public NoticeWrites {
        issued = List.copyOf(Objects.requireNonNull(issued, "issued"));
    }
}
