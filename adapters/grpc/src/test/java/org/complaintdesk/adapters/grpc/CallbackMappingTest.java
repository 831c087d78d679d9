package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.RecordComplaintCallbackRequest;
import org.complaintdesk.api.v1.Satisfaction;
import org.junit.jupiter.api.Test;

/** A callback's verdict, or an unreachable complainant, and the number of attempts. */
class CallbackMappingTest {
    private static final Complaint READ = Complaint.newBuilder().setName(ComplaintName.of(Complaints.ID)).setEtag("7").build();

    @Test
    void an_unset_number_of_attempts_means_one() {
        var command = ReplyMapper.recordCallback(callback().build(), StepMappingTest.CONTEXT);

        assertThat(command.attempts()).isEqualTo(1);
        assertThat(command.satisfaction()).contains(org.complaintdesk.domain.handling.Satisfaction.SATISFIED);
    }

    @Test
    void an_unreachable_complainant_has_no_verdict() {
        var command = ReplyMapper.recordCallback(callback().clearSatisfaction().setUnreachable(true).setAttempts(3).build(),
                StepMappingTest.CONTEXT);

        assertThat(command.satisfaction()).isEqualTo(Optional.empty());
        assertThat(command.attempts()).isEqualTo(3);
    }

    @Test
    void a_verdict_is_required_unless_the_complainant_was_unreachable() {
        var request = callback().clearSatisfaction().build();

        assertThat(StepMappingTest.violations(() -> ReplyMapper.recordCallback(request, StepMappingTest.CONTEXT)))
                .containsExactly("satisfaction REQUIRED");
    }

    @Test
    void a_verdict_contradicts_an_unreachable_complainant() {
        var request = callback().setUnreachable(true).setAttempts(3).build();

        assertThat(StepMappingTest.violations(() -> ReplyMapper.recordCallback(request, StepMappingTest.CONTEXT)))
                .containsExactly("satisfaction UNREACHABLE_WITH_SATISFACTION");
    }

    @Test
    void attempts_out_of_range_are_reported_with_the_other_fields() {
        var request = callback().clearMethod().setAttempts(100).setComment("x".repeat(4001)).build();

        assertThat(StepMappingTest.violations(() -> ReplyMapper.recordCallback(request, StepMappingTest.CONTEXT)))
                .containsExactly("method REQUIRED", "attempts OUT_OF_RANGE", "comment TOO_LONG");
    }

    private static RecordComplaintCallbackRequest.Builder callback() {
        return StepCalls.recordCallback(READ, "r").setSatisfaction(Satisfaction.SATISFACTION_SATISFIED);
    }
}
