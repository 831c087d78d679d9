package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.ListPersonalDataAccessesRequest;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.api.v1.StreamComplaintEventsRequest;
import org.complaintdesk.api.v1.StreamComplaintEventsResponse;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event stream through a real server and client: resuming, filters, reach, personal data, flow control. */
class EventStreamEndToEndTest {
    @RegisterExtension
    static final RunningDesk running = new RunningDesk();

    private static ApiClient client;
    private static Lifecycle life;

    @BeforeAll
    static void connect() {
        client = running.client();
        life = new Lifecycle(client);
    }

    /** A complaint answered by letter: no notice goes out, so the stream carries its timeline alone. */
    private static Complaint.Builder byLetter() {
        return billingComplaint().setComplainant(billingComplaint().getComplainant().toBuilder()
                .setContactPreference(org.complaintdesk.api.v1.ContactPreference.CONTACT_PREFERENCE_LETTER));
    }

    private static StreamSubscriber subscribe(String role, String unit, StreamComplaintEventsRequest request) {
        var subscriber = new StreamSubscriber(false);
        client.events("stream-" + role.toLowerCase(), role, unit).streamComplaintEvents(request, subscriber);
        return subscriber;
    }

    private static StreamComplaintEventsRequest fromNow() {
        return StreamComplaintEventsRequest.newBuilder().setStartFromNow(true).build();
    }

    @Test
    void a_subscriber_that_disconnects_and_resumes_from_its_position_gets_every_event_exactly_once() throws Exception {
        StreamSubscriber first = subscribe("SYSTEM", "gridco", fromNow());
        long[] position = {first.next().getPosition()};

        Complaint c = life.register(byLetter());
        c = life.accept(c);
        List<PublishedEvent> seen = new ArrayList<>(first.events(2, p -> position[0] = p));
        first.call.cancel("the subscriber goes away", null);

        c = life.dispatch(c);
        c = life.contact(c);
        c = life.investigate(c);

        StreamSubscriber resumed = subscribe("SYSTEM", "gridco",
                StreamComplaintEventsRequest.newBuilder().setAfterPosition(position[0]).build());
        seen.addAll(resumed.events(3, p -> position[0] = p));
        c = life.find(c, org.complaintdesk.api.v1.Responsibility.RESPONSIBILITY_COMPANY);
        seen.addAll(resumed.events(1, p -> position[0] = p));
        resumed.call.cancel("done", null);

        List<ComplaintEvent> timeline = life.timeline(c);
        assertThat(seen).extracting(e -> e.getTimelineEntry().getName())
                .containsExactlyElementsOf(timeline.stream().map(ComplaintEvent::getName).toList());
        assertThat(seen).extracting(PublishedEvent::getTimelineEntry).containsExactlyElementsOf(timeline);
        assertThat(new HashSet<>(seen.stream().map(PublishedEvent::getId).toList())).hasSize(timeline.size());
        assertThat(seen).extracting(PublishedEvent::getPosition).isSorted().doesNotHaveDuplicates();
        String name = c.getName();
        assertThat(seen).allSatisfy(e -> {
            assertThat(e.getComplaint()).isEqualTo(name);
            assertThat(e.getOrgUnit()).isEqualTo("gridco/east");
        });
    }

    @Test
    void a_subscriber_chooses_the_types_it_wants_and_still_keeps_its_place() throws Exception {
        StreamSubscriber accepted = subscribe("SUPERVISOR", "gridco/east", StreamComplaintEventsRequest.newBuilder()
                .setStartFromNow(true).addEventTypes(ComplaintEvent.Type.TYPE_ACCEPTED).build());
        long start = accepted.next().getPosition();

        Complaint c = life.accept(life.register(byLetter()));

        StreamComplaintEventsResponse r = accepted.next();
        assertThat(r.getEventsList()).extracting(e -> e.getTimelineEntry().getType())
                .containsExactly(ComplaintEvent.Type.TYPE_ACCEPTED);
        assertThat(r.getEvents(0).getComplaint()).isEqualTo(c.getName());
        assertThat(r.getPosition()).isEqualTo(start + 2);
        accepted.call.cancel("done", null);
    }

    @Test
    void free_text_is_masked_for_a_role_that_may_not_see_it_and_shown_to_one_that_may() throws Exception {
        StreamSubscriber auditor = subscribe("AUDITOR", "gridco", fromNow());
        StreamSubscriber supervisor = subscribe("SUPERVISOR", "gridco", fromNow());
        auditor.next();
        supervisor.next();

        Complaint c = life.accept(life.register(byLetter()));

        ComplaintEvent masked = auditor.events(2, p -> { }).get(1).getTimelineEntry();
        ComplaintEvent shown = supervisor.events(2, p -> { }).get(1).getTimelineEntry();
        assertThat(shown.getNote()).isNotEqualTo("***").isNotBlank();
        assertThat(masked.getNote()).isEqualTo("***");
        assertThat(masked.getName()).isEqualTo(shown.getName()).startsWith(c.getName());
        var accesses = client.as("auditor-1", "AUDITOR").listPersonalDataAccesses(
                ListPersonalDataAccessesRequest.newBuilder().setParent(c.getName()).build()).getPersonalDataAccessesList();
        assertThat(accesses).as("the supervisor's full view is recorded, the auditor's masked one is not")
                .anySatisfy(a -> assertThat(a.getActor().getUserId()).isEqualTo("stream-supervisor"))
                .noneSatisfy(a -> assertThat(a.getActor().getUserId()).isEqualTo("stream-auditor"));
        auditor.call.cancel("done", null);
        supervisor.call.cancel("done", null);
    }

    @Test
    void a_unit_outside_the_caller_s_own_is_refused_and_so_is_a_position_not_yet_given() throws Exception {
        StreamSubscriber elsewhere = subscribe("SUPERVISOR", "gridco/east",
                StreamComplaintEventsRequest.newBuilder().setOrgUnit("gridco/west").build());
        Object refusal = elsewhere.received.poll(20, TimeUnit.SECONDS);
        assertThat(refusal).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(ApiClient.details(e).toString()).contains("UNIT_OUT_OF_REACH");
        });

        StreamSubscriber ahead = subscribe("SUPERVISOR", "gridco/east",
                StreamComplaintEventsRequest.newBuilder().setAfterPosition(Long.MAX_VALUE / 2).build());
        assertThat(ahead.received.poll(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.OUT_OF_RANGE));

        StreamSubscriber both = subscribe("SUPERVISOR", "gridco/east",
                StreamComplaintEventsRequest.newBuilder().setAfterPosition(-1).setOrgUnit("not a unit!").build());
        assertThat(both.received.poll(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(ApiClient.details(e).toString()).contains("after_position").contains("org_unit");
        });
    }

    @Test
    void a_subscriber_that_reads_nothing_is_sent_nothing_and_later_gets_everything_in_order() throws Exception {
        var slow = new StreamSubscriber(true);
        client.events("stream-slow", "SYSTEM", "gridco").streamComplaintEvents(fromNow(), slow);
        slow.call.request(1);
        long start = slow.next().getPosition();

        List<Complaint> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(life.register(byLetter()));
        }
        // Nothing was asked for: nothing may arrive, however long the events wait.
        assertThat(slow.received.poll(1, TimeUnit.SECONDS)).isNull();

        slow.call.request(10);
        List<PublishedEvent> events = slow.events(5, p -> { });
        assertThat(events).extracting(PublishedEvent::getComplaint)
                .containsExactlyElementsOf(registered.stream().map(Complaint::getName).toList());
        assertThat(events.getFirst().getPosition()).isEqualTo(start + 1);
        slow.call.cancel("done", null);
    }

    @Test
    void stopping_the_instance_ends_its_streams_at_once_with_unavailable_so_subscribers_resume_elsewhere()
            throws Exception {
        ComplaintDesk desk = ComplaintDesk.startOn(TestDatabase.database(),
                ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0);
        try (ApiClient own = new ApiClient(desk)) {
            var subscriber = new StreamSubscriber(false);
            own.events("stream-system", "SYSTEM", "gridco").streamComplaintEvents(fromNow(), subscriber);
            subscriber.next();

            long stopping = System.nanoTime();
            desk.close();
            Object end = subscriber.received.poll(5, TimeUnit.SECONDS);
            assertThat(end).isInstanceOfSatisfying(StatusRuntimeException.class,
                    e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("the stop did not wait for the stream")
                    .isLessThan(Duration.ofSeconds(10));
        } finally {
            desk.close();
        }
    }
}
