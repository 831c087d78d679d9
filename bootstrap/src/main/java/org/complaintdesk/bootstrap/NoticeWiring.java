package org.complaintdesk.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.complaint.TimeOrderedIdGenerator;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.notice.NoticeIssuer;
import org.complaintdesk.application.port.out.VerificationCodes;
import org.complaintdesk.domain.notice.NoticeSenders;
import org.complaintdesk.domain.notice.NoticeTemplates;
import org.complaintdesk.domain.notice.SmsLimit;

/** How the service tells complainants: the templates, who signs them, and how long a gateway has to confirm. */
record NoticeWiring(NoticeTemplates templates, NoticeSenders senders, Duration confirmWithin) {
    static final NoticeWiring DEFAULTS = new NoticeWiring(NoticeTemplates.shipped(SmsLimit.DEFAULT),
            NoticeSenders.parse(null), NoticeSettings.DEFAULT_CONFIRM_WITHIN);

    NoticeWiring {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(senders, "senders");
        Objects.requireNonNull(confirmWithin, "confirmWithin");
    }

    static NoticeWiring of(Config config) {
        return new NoticeWiring(config.noticeTemplates(), config.noticeSenders(), config.noticeConfirmWithin());
    }

    /**
     * The notices the steps and the monitor issue, times written in the clock's zone (the business time zone).
     * Without {@code codes} no acceptance notice is issued: it would lack the complainant's code.
     */
    NoticeIssuer issuer(ComplaintClocks clocks, Clock clock, Optional<VerificationCodes> codes) {
        // Time-ordered ids keep a step's notices in the order it issued them (a reply, then the callback invitation).
        return new NoticeIssuer(templates, senders, clocks, codes, clock.getZone(), confirmWithin,
                new TimeOrderedIdGenerator()::nextUuid);
    }
}
