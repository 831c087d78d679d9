package org.complaintdesk.domain.notice;

/**
 * How long an SMS notice may be. Chinese text goes as UCS-2: 70 characters in a single message,
 * 67 in each segment of a concatenated one (the rest carries the joining header). A notice takes
 * at least two segments, since a decline or an extension must carry its reason or opinion. Characters
 * are counted as UTF-16 units, as the network counts them, so one outside the basic plane counts
 * twice. The gateway's signature (【…】) is not part of the template; leave room for it when
 * choosing the number of segments.
 */
public record SmsLimit(int segments) {
    public static final int MIN_SEGMENTS = 2;
    public static final int MAX_SEGMENTS = 10;
    /** Three segments: a notice with a reason or an opinion still reads as one message on a phone. */
    public static final SmsLimit DEFAULT = new SmsLimit(3);

    public SmsLimit {
        if (segments < MIN_SEGMENTS || segments > MAX_SEGMENTS) {
            throw new IllegalArgumentException("an SMS notice may take " + MIN_SEGMENTS + " to " + MAX_SEGMENTS + " segments");
        }
    }

    /** The characters the segments hold together. */
    public int characters() {
        return 67 * segments;
    }
}
