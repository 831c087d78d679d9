package org.complaintdesk.application.calendar;

import java.util.Optional;
import java.util.OptionalLong;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.domain.validation.DomainException;

/**
 * The year is not as the caller last read it (AIP-154): it changed since the caller's etag, or it
 * was created meanwhile by someone else. The replacement is refused, never applied over the other
 * change. Read the year again and decide anew.
 */
public final class StaleCalendarYearException extends DomainException {
    public static final String RULE = StaleEtagException.RULE;
    private final int year;
    private final OptionalLong expectedVersion;
    private final Optional<Long> currentVersion;

    /**
     * @param expectedVersion the version the caller based its change on; empty when it expected no year
     * @param currentVersion  the version found, when the refusing party knows it
     */
    public StaleCalendarYearException(int year, OptionalLong expectedVersion, Optional<Long> currentVersion) {
        super(RULE, (expectedVersion.isPresent()
                ? "the arrangement of " + year + " has changed since etag " + expectedVersion.getAsLong()
                : "an arrangement of " + year + " exists already")
                + currentVersion.map(v -> " (it is now at etag " + v + ")").orElse("")
                + "; read it again and retry with the current etag");
        this.year = year;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public int year() {
        return year;
    }

    public OptionalLong expectedVersion() {
        return expectedVersion;
    }

    /** The version found, when the refusing party knows it (the store's conditional write does not). */
    public Optional<Long> currentVersion() {
        return currentVersion;
    }
}
