package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_OUTBOX;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.postgres.complaint.PostgresEventLog;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.api.v1.PublishedEvent.EventCase;
import org.complaintdesk.api.v1.StreamComplaintEventsRequest;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.WarningSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Early warnings on the event stream, through the real server and PostgreSQL: the rules are
 * evaluated when the test says (interval zero), amid steps that publish timeline entries and
 * notices, and subscribers choose the warnings alone or with the notices.
 */
class EarlyWarningStreamEndToEndTest {
    private static final String RULES = """
            burst metric=received per=topic scope=unit:0 window=24h threshold=>=3
            busy-unit metric=received scope=unit:0 window=12h threshold=>=5
            """;

    private static ComplaintDesk desk;
    private static ApiClient client;
    private static Lifecycle life;

    @BeforeAll
    static void start() {
        desk = ComplaintDesk.startOn(TestDatabase.database(), ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0,
                WarningSettings.every(Duration.ZERO, RULES));
        client = new ApiClient(desk);
        life = new Lifecycle(client);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
        desk.close();
    }

    @BeforeEach
    void emptyRegister() {
        TestDatabase.clear();
    }

    private static StreamSubscriber subscribe(String unit, StreamComplaintEventsRequest.Builder request)
            throws InterruptedException {
        var subscriber = new StreamSubscriber(false);
        client.events("dashboard", "SUPERVISOR", unit).streamComplaintEvents(request.setStartFromNow(true).build(),
                subscriber);
        subscriber.next();
        return subscriber;
    }

    /** Waits until the sequencer numbered every event written, so that what follows is numbered after them. */
    private static long awaitSequenced() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (TestDatabase.dsl().fetchCount(EVENT_OUTBOX, EVENT_OUTBOX.POSITION.isNull()) > 0) {
            assertThat(System.nanoTime()).as("the outbox numbered within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        return new PostgresEventLog(TestDatabase.dsl()).lastPosition();
    }

    /**
     * Three complaints on one topic (one accepted, with its notice), the burst warning, two more
     * complaints (one accepted), the busy-unit warning: every event, as a subscriber of all of
     * them received it.
     */
    private static List<PublishedEvent> twoWarningsAmidSteps(StreamSubscriber everything) throws InterruptedException {
        Complaint first = life.register(billingComplaint().setTopic("no power in building 5"));
        life.register(billingComplaint().setTopic("no power in building 5"));
        life.register(billingComplaint().setTopic("no power in building 5"));
        life.accept(first);
        awaitSequenced();
        assertThat(desk.runWarningsOnce().raised()).as("the burst").isEqualTo(1);

        Complaint fourth = life.register(billingComplaint());
        life.register(billingComplaint());
        life.accept(fourth);
        awaitSequenced();
        assertThat(desk.runWarningsOnce().raised()).as("the busy unit").isEqualTo(1);

        List<PublishedEvent> all = everything.upTo(awaitSequenced());
        assertThat(all).extracting(PublishedEvent::getEventCase).as("the steps published entries and notices too")
                .contains(EventCase.TIMELINE_ENTRY, EventCase.NOTICE, EventCase.EARLY_WARNING);
        return all;
    }

    private static List<PublishedEvent> only(List<PublishedEvent> events, Set<EventCase> cases) {
        return events.stream().filter(e -> cases.contains(e.getEventCase())).toList();
    }

    @Test
    void a_dashboard_asking_for_early_warnings_alone_gets_each_warning_raised_and_no_other_event() throws Exception {
        StreamSubscriber everything = subscribe("gridco", StreamComplaintEventsRequest.newBuilder());
        StreamSubscriber warnings = subscribe("gridco", StreamComplaintEventsRequest.newBuilder().setEarlyWarnings(true));
        StreamSubscriber elsewhere = subscribe("gridco/west",
                StreamComplaintEventsRequest.newBuilder().setEarlyWarnings(true));

        List<PublishedEvent> all = twoWarningsAmidSteps(everything);
        List<PublishedEvent> expected = only(all, Set.of(EventCase.EARLY_WARNING));

        List<PublishedEvent> received = warnings.upTo(expected.getLast().getPosition());
        assertThat(received).containsExactlyElementsOf(expected);
        assertThat(received).extracting(e -> e.getEarlyWarning().getRule()).containsExactly("burst", "busy-unit");
        assertThat(received.getFirst().getEarlyWarning().getComplaintsCount()).isEqualTo(3);
        assertThat(elsewhere.received.poll(1, TimeUnit.SECONDS))
                .as("a unit that reaches none of the causes is sent none of the warnings").isNull();
        everything.call.cancel("done", null);
        warnings.call.cancel("done", null);
        elsewhere.call.cancel("done", null);
    }

    @Test
    void early_warnings_asked_for_with_the_notices_bring_both_in_order_and_no_timeline_entry() throws Exception {
        StreamSubscriber everything = subscribe("gridco", StreamComplaintEventsRequest.newBuilder());
        StreamSubscriber mixed = subscribe("gridco/east",
                StreamComplaintEventsRequest.newBuilder().setEarlyWarnings(true).setNotices(true));

        List<PublishedEvent> all = twoWarningsAmidSteps(everything);
        List<PublishedEvent> expected = only(all, Set.of(EventCase.EARLY_WARNING, EventCase.NOTICE));

        List<PublishedEvent> received = mixed.upTo(expected.getLast().getPosition());
        assertThat(received).containsExactlyElementsOf(expected);
        assertThat(received).extracting(PublishedEvent::getEventCase)
                .contains(EventCase.EARLY_WARNING, EventCase.NOTICE)
                .doesNotContain(EventCase.TIMELINE_ENTRY, EventCase.CLOCK_ALERT);
        everything.call.cancel("done", null);
        mixed.call.cancel("done", null);
    }
}
