package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;

/** What every step promises, checked in one place, and the three ways a step is refused. */
final class StepAssertions {

    /**
     * Checks what every step does, whatever it is: one version on, updated at {@code at}, and one
     * new timeline entry of the step's type, by the actor, from the state before to the state
     * after, numbered with the new version. Returns that entry for the step's own particulars.
     */
    static ComplaintEvent stepTaken(Complaint before, Complaint after, EventType type, Actor actor, Instant at) {
        assertThat(after.version()).as("version").isEqualTo(before.version() + 1);
        assertThat(after.updatedAt()).as("updated at").isEqualTo(at);
        assertThat(after.newEvents()).as("new events").hasSize(before.newEvents().size() + 1);
        ComplaintEvent event = after.newEvents().getLast();
        assertThat(event.complaintId()).isEqualTo(before.id());
        assertThat(event.sequence()).as("sequence").isEqualTo(after.version());
        assertThat(event.type()).as("event type").isEqualTo(type);
        assertThat(event.actor()).as("actor").isEqualTo(actor);
        assertThat(event.occurredAt()).as("occurred at").isEqualTo(at);
        assertThat(event.stateBefore()).as("state before").contains(before.state());
        assertThat(event.stateAfter()).as("state after").isEqualTo(after.state());
        return event;
    }

    /** The step is refused by the complaint's state, under {@code rule}, in a message that names the state. */
    static void refusedInState(ComplaintState state, String rule, ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.rule()).as("rule").isEqualTo(rule);
            assertThat(e.currentState()).as("current state").isEqualTo(state);
            assertThat(e).hasMessageContaining("in state " + state.name());
        });
    }

    /** The step is refused to the actor, under {@code rule}, naming the actor's role. */
    static void notPermitted(String rule, Role role, ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOfSatisfying(StepNotPermittedException.class, e -> {
            assertThat(e.rule()).as("rule").isEqualTo(rule);
            assertThat(e.role()).as("role").isEqualTo(role);
        });
    }

    /** The step is refused for one bad input, named by field and rule. */
    static void invalid(String field, String rule, ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.rule()).as("rule").isEqualTo(rule);
            assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule));
        });
    }

    /** A refused step leaves the (stored) complaint it was called on exactly as it was. */
    static void unchanged(Complaint complaint, ComplaintSnapshot snapshotBefore) {
        assertThat(complaint.snapshot()).isEqualTo(snapshotBefore);
        assertThat(complaint.newEvents()).isEmpty();
    }

    private StepAssertions() {
    }
}
