package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00.123Z");
    /** How PostgreSQL (and the RFC) order uuids: by their bytes, i.e. as unsigned numbers. */
    private static final Comparator<UUID> BYTE_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final MutableClock clock = new MutableClock(NOW);
    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, new SplittableRandom(7));

    @Test
    void an_id_is_a_version_7_uuid_of_the_rfc_variant() {
        UUID id = ids.newComplaintId().value();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void an_id_starts_with_the_time_it_was_made_in_milliseconds() {
        UUID id = ids.newComplaintId().value();

        assertThat(millisOf(id)).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void ids_made_later_start_with_a_later_time_and_sort_after_earlier_ones() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            made.add(ids.nextUuid());
            clock.advanceMillis(i % 3);
        }

        assertThat(made).extracting(TimeOrderedIdGeneratorTest::millisOf).isSorted();
        assertThat(made).isSortedAccordingTo(BYTE_ORDER).doesNotHaveDuplicates();
        assertThat(millisOf(made.getLast())).isGreaterThan(NOW.toEpochMilli());
    }

    @Test
    void ids_made_within_one_millisecond_still_sort_in_the_order_they_were_made() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            made.add(ids.nextUuid());
        }

        assertThat(new HashSet<>(made)).hasSize(5000);
        assertThat(made).isSortedAccordingTo(BYTE_ORDER);
        assertThat(made).allMatch(id -> id.version() == 7 && id.variant() == 2);
    }

    @Test
    void a_clock_that_steps_back_does_not_make_ids_go_back() {
        UUID before = ids.nextUuid();
        clock.advanceMillis(-5_000);

        UUID after = ids.nextUuid();

        assertThat(BYTE_ORDER.compare(after, before)).isPositive();
        assertThat(millisOf(after)).isEqualTo(millisOf(before));
    }

    private static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
