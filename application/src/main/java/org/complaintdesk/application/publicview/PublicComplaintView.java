package org.complaintdesk.application.publicview;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.complaint.TicketNumber;

/**
 * What the complainant may see of their own complaint: the stage in plain words, what was promised
 * by when, and the reply once sent. Nothing about staff, units, notes or the timeline.
 *
 * @param stageText             the stage as a sentence in Chinese, for the portal to show as it is
 * @param receivedAt            when the complaint was received
 * @param replyDue              by when the reply is promised (the REPLY clock), while it is awaited
 * @param replyDueExtended      whether that time was extended (the complainant was told, 002 3.4)
 * @param callbackDue           by when the office calls back after the reply, while that is awaited
 * @param reviewRequestDeadline until when the complainant may ask for a review of the reply
 */
public record PublicComplaintView(TicketNumber ticket, PublicStage stage, String stageText, Instant receivedAt,
                                  Optional<Instant> replyDue, boolean replyDueExtended, Optional<Instant> callbackDue,
                                  Optional<Instant> reviewRequestDeadline, Optional<Reply> reply,
                                  Optional<Decline> decline) {
    public PublicComplaintView {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageText, "stageText");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(replyDue, "replyDue");
        Objects.requireNonNull(callbackDue, "callbackDue");
        Objects.requireNonNull(reviewRequestDeadline, "reviewRequestDeadline");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(decline, "decline");
    }

    /** The reply as the complainant received it. */
    public record Reply(String content, Instant repliedAt) {
        public Reply {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(repliedAt, "repliedAt");
        }
    }

    /** Why the complaint was not accepted, in plain words, and the guidance on where to turn. */
    public record Decline(String reasonText, String guidance, Instant declinedAt) {
        public Decline {
            Objects.requireNonNull(reasonText, "reasonText");
            Objects.requireNonNull(guidance, "guidance");
            Objects.requireNonNull(declinedAt, "declinedAt");
        }
    }
}
