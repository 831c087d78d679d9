package org.complaintdesk.application.event;

/** A subscriber asked to resume after a position no event has had yet. */
public final class PositionOutOfRangeException extends RuntimeException {
    private final long asked;
    private final long last;

    public PositionOutOfRangeException(long asked, long last) {
        super("position " + asked + " is beyond the last position given, " + last);
        this.asked = asked;
        this.last = last;
    }

    public long asked() {
        return asked;
    }

    public long last() {
        return last;
    }
}
