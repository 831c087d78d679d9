package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.complaint.ComplaintState.ACCEPTED;
import static org.complaintdesk.domain.complaint.ComplaintState.ARCHIVED;
import static org.complaintdesk.domain.complaint.ComplaintState.CALLED_BACK;
import static org.complaintdesk.domain.complaint.ComplaintState.CLOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.DECLINED;
import static org.complaintdesk.domain.complaint.ComplaintState.DISPATCHED;
import static org.complaintdesk.domain.complaint.ComplaintState.INVESTIGATING;
import static org.complaintdesk.domain.complaint.ComplaintState.REGISTERED;
import static org.complaintdesk.domain.complaint.ComplaintState.REPLIED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLUTION_PROPOSED;
import static org.complaintdesk.domain.complaint.ComplaintState.RESOLVED;
import static org.complaintdesk.domain.complaint.ComplaintState.UNDER_REVIEW;
import static org.complaintdesk.domain.complaint.ComplaintState.WITHDRAWN;
import static org.complaintdesk.domain.complaint.StepAssertions.refusedInState;
import static org.complaintdesk.domain.complaint.StepAssertions.unchanged;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine of a complaint (kind COMPLAINT) as a table: for every step, the states that
 * allow it and the rule that refuses it elsewhere. Taken by the director, whom every step but the
 * monitor's admits, so that only the state decides. Closed and archived complaints: see {@link ClosingAndArchiveTest}.
 */
class StateRulesTest {
    private static final Set<ComplaintState> OPEN = ComplaintState.open();
    private static final Set<ComplaintState> ENDED_FOR_GOOD = EnumSet.of(CLOSED, ARCHIVED);
    private static final Set<ComplaintState> NOT_ENDED_FOR_GOOD = EnumSet.complementOf(EnumSet.of(CLOSED, ARCHIVED));
    private static final Set<ComplaintState> ACCEPTED_AND_OPEN = EnumSet.of(ACCEPTED, DISPATCHED, INVESTIGATING,
            RESOLUTION_PROPOSED, RESOLVED, REPLIED, CALLED_BACK, UNDER_REVIEW);
    /** Steps that refuse a declined or withdrawn complaint as an ended one, before their own rule. */
    private static final Set<Step> OPENNESS_FIRST = EnumSet.of(Step.RECORD_CONTACT, Step.WAIT_ON_COMPLAINANT,
            Step.RESUME_HANDLING);

    private record Rule(Set<ComplaintState> allowedIn, String refusal) {
    }

    /** Every step but registration, which starts a complaint rather than acting on one in a state. */
    private static final Set<Step> ON_A_COMPLAINT = EnumSet.complementOf(EnumSet.of(Step.REGISTER));

    private static final Map<Step, Rule> RULES = Map.ofEntries(
            Map.entry(Step.ACCEPT, new Rule(EnumSet.of(REGISTERED), AcceptanceAndDispatch.ACCEPTANCE_ALREADY_DECIDED)),
            Map.entry(Step.DECLINE, new Rule(EnumSet.of(REGISTERED), AcceptanceAndDispatch.ACCEPTANCE_ALREADY_DECIDED)),
            Map.entry(Step.RECLASSIFY, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.CHANGE_SEVERITY, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.DISPATCH, new Rule(EnumSet.of(ACCEPTED), AcceptanceAndDispatch.DISPATCH_BEFORE_ACCEPTANCE)),
            Map.entry(Step.RETURN, new Rule(EnumSet.of(DISPATCHED), AcceptanceAndDispatch.RETURN_WITHOUT_OPEN_DISPATCH)),
            Map.entry(Step.REDISPATCH,
                    new Rule(EnumSet.of(DISPATCHED, INVESTIGATING), AcceptanceAndDispatch.REDISPATCH_WITHOUT_DISPATCH)),
            Map.entry(Step.RECORD_CONTACT, new Rule(ACCEPTED_AND_OPEN, InvestigationAndResolution.CONTACT_BEFORE_ACCEPTANCE)),
            Map.entry(Step.RECORD_INVESTIGATION,
                    new Rule(EnumSet.of(DISPATCHED, INVESTIGATING), InvestigationAndResolution.INVESTIGATION_WITHOUT_DISPATCH)),
            Map.entry(Step.RECORD_FINDING, new Rule(EnumSet.of(INVESTIGATING), InvestigationAndResolution.FINDING_BEFORE_INVESTIGATION)),
            Map.entry(Step.PROPOSE_RESOLUTION, new Rule(EnumSet.of(INVESTIGATING), InvestigationAndResolution.RESOLUTION_BEFORE_FINDING)),
            Map.entry(Step.APPROVE_RESOLUTION,
                    new Rule(EnumSet.of(RESOLUTION_PROPOSED), InvestigationAndResolution.NO_RESOLUTION_AWAITING_APPROVAL)),
            Map.entry(Step.SEND_BACK_RESOLUTION,
                    new Rule(EnumSet.of(RESOLUTION_PROPOSED), InvestigationAndResolution.NO_RESOLUTION_AWAITING_APPROVAL)),
            Map.entry(Step.REPLY, new Rule(EnumSet.of(RESOLVED), ReplyAndCallback.REPLY_BEFORE_RESOLUTION)),
            Map.entry(Step.RECORD_CALLBACK, new Rule(EnumSet.of(REPLIED), ReplyAndCallback.CALLBACK_BEFORE_REPLY)),
            Map.entry(Step.REQUEST_REVIEW, new Rule(EnumSet.of(REPLIED, CALLED_BACK), Reviewing.REVIEW_BEFORE_REPLY)),
            Map.entry(Step.CONCLUDE_REVIEW, new Rule(EnumSet.of(UNDER_REVIEW), Reviewing.NO_REVIEW_PENDING)),
            Map.entry(Step.WAIT_ON_COMPLAINANT, new Rule(ACCEPTED_AND_OPEN, WaitingAndUrging.WAIT_BEFORE_ACCEPTANCE)),
            // Given a complaint that waits wherever one can (LifecycleFixture.readyFor).
            Map.entry(Step.RESUME_HANDLING, new Rule(ACCEPTED_AND_OPEN, WaitingAndUrging.NOT_WAITING)),
            Map.entry(Step.URGE, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.REQUEST_EXTENSION, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            // Given a complaint with a pending extension wherever one can be asked for.
            Map.entry(Step.APPROVE_EXTENSION, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.REJECT_EXTENSION, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.SUPERVISE, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.RETIME_CLOCKS, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.WITHDRAW, new Rule(OPEN, Complaint.COMPLAINT_NOT_OPEN)),
            Map.entry(Step.CLOSE, new Rule(EnumSet.of(CALLED_BACK, WITHDRAWN, DECLINED), Closing.CLOSE_BEFORE_CALLBACK)),
            Map.entry(Step.ARCHIVE, new Rule(EnumSet.of(CLOSED), Closing.ARCHIVE_BEFORE_CLOSE)),
            // A notice is reported on in whatever state its complaint is by then (see ClosingAndArchiveTest).
            Map.entry(Step.REPORT_NOTICE_DELIVERED, new Rule(NOT_ENDED_FOR_GOOD, Complaint.COMPLAINT_ARCHIVED)),
            Map.entry(Step.REPORT_NOTICE_FAILED, new Rule(NOT_ENDED_FOR_GOOD, Complaint.COMPLAINT_ARCHIVED)),
            Map.entry(Step.NOTE_NOTICE_UNCONFIRMED, new Rule(NOT_ENDED_FOR_GOOD, Complaint.COMPLAINT_ARCHIVED)));

    private final LifecycleFixture lifecycle = new LifecycleFixture();

    static Stream<Arguments> allowed() {
        return ON_A_COMPLAINT.stream().flatMap(step -> RULES.get(step).allowedIn().stream()
                .map(state -> Arguments.of(step, state)));
    }

    static Stream<Arguments> refused() {
        return ON_A_COMPLAINT.stream().flatMap(step -> EnumSet.complementOf(EnumSet.copyOf(RULES.get(step).allowedIn()))
                .stream().filter(state -> !ENDED_FOR_GOOD.contains(state))
                // A contact or a wait on a declined or withdrawn complaint is refused as on any ended complaint.
                .map(state -> Arguments.of(step, state, OPENNESS_FIRST.contains(step) && !state.isOpen()
                        ? Complaint.COMPLAINT_NOT_OPEN : RULES.get(step).refusal())));
    }

    @Test
    void the_table_covers_every_step_taken_on_a_complaint() {
        assertThat(RULES.keySet()).containsExactlyInAnyOrderElementsOf(ON_A_COMPLAINT);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("allowed")
    void a_step_is_taken_in_each_state_that_allows_it(Step step, ComplaintState state) {
        Complaint complaint = lifecycle.readyFor(step, state);

        Complaint after = lifecycle.take(step, complaint, LifecycleFixture.directorOrMonitor(step));

        assertThat(after.version()).isEqualTo(complaint.version() + 1);
        assertThat(after.newEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(step.event());
            assertThat(e.stateBefore()).contains(state);
            assertThat(e.stateAfter()).isEqualTo(after.state());
        });
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("refused")
    void a_step_is_refused_in_every_other_state_under_its_rule(Step step, ComplaintState state, String rule) {
        Complaint complaint = lifecycle.readyFor(step, state);
        ComplaintSnapshot before = complaint.snapshot();

        refusedInState(state, rule, () -> lifecycle.take(step, complaint, LifecycleFixture.directorOrMonitor(step)));

        unchanged(complaint, before);
    }
}
