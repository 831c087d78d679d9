package org.complaintdesk.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void every_bad_field_is_collected_under_its_full_path() {
        var v = new Violations();
        PhoneNumber phone = v.check("complaint.complainant.phone_number", () -> PhoneNumber.of("123"));
        Topic topic = v.check("complaint.topic", () -> new Topic(""));
        Topic fine = v.check("complaint.topic", () -> new Topic("ok"));

        assertThat(phone).isNull();
        assertThat(topic).isNull();
        assertThat(fine.value()).isEqualTo("ok");
        assertThatThrownBy(v::throwIfAny)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("complaint.complainant.phone_number", "FORMAT"),
                                org.assertj.core.groups.Tuple.tuple("complaint.topic", "REQUIRED")));
    }

    @Test
    void nothing_is_thrown_when_nothing_was_found() {
        var v = new Violations();
        v.check("x", () -> new Topic("fine"));
        v.throwIfAny();
        assertThat(v.isEmpty()).isTrue();
    }
}
