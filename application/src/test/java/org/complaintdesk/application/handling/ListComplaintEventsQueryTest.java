package org.complaintdesk.application.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ListComplaintEventsQueryTest {
    private static final ComplaintId ID = new ComplaintId(UUID.fromString("0f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60"));

    @Test
    void a_negative_page_size_and_a_position_outside_any_timeline_are_reported_together() {
        assertThatThrownBy(() -> new ListComplaintEvents.Query(ID, -1, -5))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("page_size", "NEGATIVE"), tuple("page_token", "MALFORMED")));
    }
}
