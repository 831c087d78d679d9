package org.complaintdesk.domain.handling;

import java.time.Instant;
import java.util.Objects;
import org.complaintdesk.domain.organisation.UserId;

/** The company's answer to the complainant (000 二(三)3, 002 ch.5): facts, basis, result, rights. */
public record Reply(ContactMethod channel, Statement content, UserId repliedBy, Instant repliedAt) {
    public Reply {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(repliedBy, "repliedBy");
        Objects.requireNonNull(repliedAt, "repliedAt");
    }
}
