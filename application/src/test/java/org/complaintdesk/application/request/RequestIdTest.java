package org.complaintdesk.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void a_request_id_is_kept_as_given() {
        assertThat(new RequestId(" 0f2b8c1e-6a4d_42 ").value()).isEqualTo("0f2b8c1e-6a4d_42");
    }

    @Test
    void a_request_id_too_long_and_with_a_space_reports_both_rules() {
        assertThatThrownBy(() -> new RequestId("retry " + "x".repeat(64)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::rule)
                        .containsExactly("TOO_LONG", "FORMAT"));
    }
}
