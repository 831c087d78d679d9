package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.LifecycleFixture.DIRECTOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.SUPERVISOR;
import static org.complaintdesk.domain.complaint.LifecycleFixture.stored;
import static org.complaintdesk.domain.complaint.LifecycleFixture.text;
import static org.complaintdesk.domain.complaint.StepAssertions.stepTaken;

import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.domain.handling.Urge;
import org.junit.jupiter.api.Test;

/** Urging (催办): a lead of the complaint office urges the handling on with a note; the urges are counted. */
class UrgingTest {
    private final LifecycleFixture lifecycle = new LifecycleFixture();

    @Test
    void a_supervisor_urges_a_complaint_with_a_note_and_the_first_urge_is_counted() {
        Complaint dispatched = lifecycle.dispatched();
        Instant now = lifecycle.advance(Duration.ofHours(3));

        Complaint urged = dispatched.urge(text("The complainant called twice today."), SUPERVISOR, now);

        assertThat(urged.handling().oversight().urges()).isEqualTo(1);
        assertThat(urged.handling().oversight().latestUrge())
                .contains(new Urge(text("The complainant called twice today."), SUPERVISOR.userId(), now));
        ComplaintEvent event = stepTaken(dispatched, urged, EventType.URGED, SUPERVISOR, now);
        assertThat(event.note()).contains("The complainant called twice today.");
        assertThat(event.details()).isEqualTo(new EventDetails.Urged(1));
    }

    @Test
    void every_urge_is_counted_and_the_latest_is_kept() {
        Complaint urgedOnce = stored(lifecycle.urge(lifecycle.dispatched()));
        Instant now = lifecycle.advance(Duration.ofHours(2));

        Complaint urgedTwice = urgedOnce.urge(text("Media enquiry received."), DIRECTOR, now);

        assertThat(urgedTwice.handling().oversight().urges()).isEqualTo(2);
        assertThat(urgedTwice.handling().oversight().latestUrge()).hasValueSatisfying(urge -> {
            assertThat(urge.urgedBy()).isEqualTo(DIRECTOR.userId());
            assertThat(urge.urgedAt()).isEqualTo(now);
        });
        assertThat(urgedTwice.newEvents().getLast().details()).isEqualTo(new EventDetails.Urged(2));
    }

    @Test
    void urging_leaves_the_state_and_the_rest_of_the_handling_as_they_were() {
        Complaint investigating = lifecycle.investigating();

        Complaint urged = lifecycle.urge(investigating);

        assertThat(urged.state()).isEqualTo(investigating.state());
        assertThat(urged.handling().investigation().dispatch()).isEqualTo(investigating.handling().investigation().dispatch());
        assertThat(urged.handling().investigation().records()).isEqualTo(investigating.handling().investigation().records());
    }

    @Test
    void a_complaint_not_yet_accepted_may_be_urged() {
        Complaint urged = lifecycle.urge(lifecycle.registered());

        assertThat(urged.handling().oversight().urges()).isEqualTo(1);
    }
}
