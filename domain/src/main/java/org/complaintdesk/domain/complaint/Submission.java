package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What reached the register (000 二(一), 002 1.1.6): who complains, through which channel and
 * when, what happened and what they ask for. Fixed once registered.
 */
public record Submission(
        Complainant complainant,
        Channel channel,
        Optional<ChannelReference> channelReference,
        Instant receivedAt,
        IntakeFacts facts,
        Description description,
        Demand demand,
        Optional<Location> location) {

    public Submission {
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(location, "location");
    }
}
