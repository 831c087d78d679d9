package org.complaintdesk.domain.complaint;

/**
 * Derives the queue priority when the agent gives none (001 (二)2): by severity, raised one step
 * when the channel draws public attention (media, regulator, 12345, ...).
 */
public final class PriorityPolicy {

    public Priority derive(Severity severity, Channel channel) {
        Priority base = switch (severity) {
            case LEVEL_1 -> Priority.URGENT;
            case LEVEL_2 -> Priority.HIGH;
            case LEVEL_3 -> Priority.NORMAL;
        };
        return channel.drawsPublicAttention() ? base.raised() : base;
    }
}
