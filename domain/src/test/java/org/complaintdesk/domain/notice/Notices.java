package org.complaintdesk.domain.notice;

import java.time.Instant;
import java.time.ZoneId;
import org.complaintdesk.domain.complaint.TicketNumber;

/** Realistic facts for each kind of notice. */
final class Notices {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Sender SENDER = new Sender("国网杭州供电公司", "95598");
    static final TicketNumber TICKET = new TicketNumber("TS20261205000123");
    /** 9 December 2026, 17:00 in Shanghai. */
    static final Instant DUE = Instant.parse("2026-12-09T09:00:00Z");

    static final NoticeFacts.Acceptance ACCEPTANCE =
            new NoticeFacts.Acceptance(SENDER, TICKET, DUE, new VerificationCode("482913"));
    static final NoticeFacts.Decline DECLINE = new NoticeFacts.Decline(SENDER, TICKET,
            new FreeText("该事项已进入诉讼程序"), new FreeText("向受理该案的人民法院了解进展"));
    static final NoticeFacts.Extension EXTENSION = new NoticeFacts.Extension(SENDER, TICKET,
            Instant.parse("2026-12-16T09:00:00Z"), new FreeText("电表经初步检测计量准确，待第三方复检后确定是否退费"));
    static final NoticeFacts.ProgressUpdate PROGRESS = new NoticeFacts.ProgressUpdate(SENDER, TICKET,
            new FreeText("抢修人员已到现场，正在更换受损电缆"), Instant.parse("2026-12-05T12:30:00Z"));
    static final NoticeFacts.Reply REPLY = new NoticeFacts.Reply(SENDER, TICKET, Instant.parse("2027-01-08T09:00:00Z"),
            new FreeText("经核实为表计故障，已更换电表并退还多收电费86.40元"));
    static final NoticeFacts.CallbackInvitation CALLBACK = new NoticeFacts.CallbackInvitation(SENDER, TICKET,
            Instant.parse("2026-12-10T09:00:00Z"));

    private Notices() {
    }

    static NoticeFacts of(NoticeKind kind) {
        return switch (kind) {
            case ACCEPTANCE -> ACCEPTANCE;
            case DECLINE -> DECLINE;
            case EXTENSION -> EXTENSION;
            case PROGRESS_UPDATE -> PROGRESS;
            case REPLY -> REPLY;
            case CALLBACK_INVITATION -> CALLBACK;
        };
    }
}
