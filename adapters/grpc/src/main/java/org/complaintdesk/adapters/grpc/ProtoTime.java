package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** google.protobuf.Timestamp and Instant, within the range the Timestamp type defines. */
final class ProtoTime {
    // Timestamp's documented range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
    private static final long MIN_SECONDS = -62_135_596_800L;
    private static final long MAX_SECONDS = 253_402_300_799L;

    private ProtoTime() {
    }

    /** The instant of a timestamp; a value outside the type's range is refused under {@code field}. */
    static Instant toInstant(String field, Timestamp timestamp) {
        if (timestamp.getSeconds() < MIN_SECONDS || timestamp.getSeconds() > MAX_SECONDS
                || timestamp.getNanos() < 0 || timestamp.getNanos() > 999_999_999) {
            throw new InvalidValueException(field, Text.FORMAT, "must be a valid timestamp between the years 1 and 9999");
        }
        // The register keeps microseconds (PostgreSQL's precision); cutting here makes the
        // answer to a create equal to every later read.
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).truncatedTo(ChronoUnit.MICROS);
    }

    static Timestamp toTimestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
