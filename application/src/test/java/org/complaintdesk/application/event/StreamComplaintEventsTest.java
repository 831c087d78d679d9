package org.complaintdesk.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.port.out.EventLog;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.InMemoryPersonalDataAccessLog;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.Test;

class StreamComplaintEventsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final OrgUnitId UNIT = new OrgUnitId("gridco/east");

    /** An outbox whose sequencer numbers events 4 and 5 between the stream's two reads. */
    private static final class NumberedBetweenReads implements EventLog {
        final List<PublishedEvent> events = new ArrayList<>();
        long last = 3;

        @Override
        public int sequencePending(int limit) {
            return 0;
        }

        @Override
        public List<PublishedEvent> readAfter(long afterPosition, EventSelection selection, int limit) {
            last = 5;
            return events.stream().filter(e -> e.position() > afterPosition).limit(limit).toList();
        }

        @Override
        public long lastPosition() {
            return last;
        }

        @Override
        public RelayPass relay(String relay, int limit, Consumer<List<PublishedEvent>> publish) {
            throw new UnsupportedOperationException();
        }
    }

    private static PublishedEvent alert(long position) {
        ComplaintId complaint = new ComplaintId(UUID.randomUUID());
        return new PublishedEvent(new EventId(UUID.randomUUID()), position, complaint, 1, UNIT, NOW,
                new PublishedEvent.AlertRaised(new ClockAlert(complaint, new TicketNumber("TS20261205000001"), UNIT,
                        ClockKind.FIRST_CONTACT, 1, ClockAlert.Kind.WARNING, NOW, NOW, NOW)));
    }

    @Test
    void a_page_holding_events_numbered_after_the_last_position_was_read_resumes_after_them() {
        var log = new NumberedBetweenReads();
        log.events.addAll(List.of(alert(4), alert(5)));
        var complaints = new InMemoryComplaintStore();
        var stream = new StreamComplaintEvents(log, complaints, new InMemoryPersonalDataAccessLog(complaints),
                Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID);
        var subscription = stream.open(new Actor(new UserId("gateway"), Role.SYSTEM, UNIT),
                new StreamComplaintEvents.Query(Optional.empty(), Set.of(), Set.of(), false, false, 3, false));

        var page = stream.next(subscription, subscription.startAfter());

        assertThat(page.events()).extracting(PublishedEvent::position).containsExactly(4L, 5L);
        assertThat(page.position()).as("the next page starts after the events given").isEqualTo(5);
        assertThat(stream.next(subscription, page.position()).events()).isEmpty();
    }

    @Test
    void a_subscriber_asking_for_early_warnings_alone_selects_them_and_nothing_else_within_its_unit() {
        var complaints = new InMemoryComplaintStore();
        var stream = new StreamComplaintEvents(new NumberedBetweenReads(), complaints,
                new InMemoryPersonalDataAccessLog(complaints), Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID);

        EventSelection selection = stream.open(new Actor(new UserId("dashboard"), Role.SUPERVISOR, UNIT),
                new StreamComplaintEvents.Query(Optional.empty(), Set.of(), Set.of(), false, true, 0, false)).selection();

        assertThat(selection.earlyWarnings()).isTrue();
        assertThat(selection.allTypes()).as("warnings alone are not every event").isFalse();
        assertThat(selection.notices()).isFalse();
        assertThat(selection.reachedBy()).contains(UNIT);
    }
}
