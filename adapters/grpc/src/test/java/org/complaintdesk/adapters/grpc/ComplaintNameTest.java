package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintNameTest {

    @Test
    void the_canonical_name_carries_the_complaint_id() {
        assertThat(ComplaintName.parse("name", "complaints/3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60"))
                .isEqualTo(new ComplaintName.ById(new ComplaintId(UUID.fromString("3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60"))));
    }

    @Test
    void the_ticket_number_is_accepted_in_place_of_the_id() {
        assertThat(ComplaintName.parse("name", "complaints/TS20261123000123"))
                .isEqualTo(new ComplaintName.ByTicketNumber(new TicketNumber("TS20261123000123")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60",
            "complaints/",
            "complaints/3F2B8C1E-6A4D-4F0E-9C7B-2D5E8A1F4B60",
            "complaints/1-1-1-1-1",
            "complaints/TS20261399000123",
            "complaints/TS20261123000123/notes",
            "tickets/TS20261123000123"})
    void anything_else_is_refused_on_the_name_field(String name) {
        assertThatThrownBy(() -> ComplaintName.parse("name", name))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.field() + " " + v.rule()).isEqualTo("name FORMAT")));
    }

    @Test
    void an_empty_name_is_missing() {
        assertThatThrownBy(() -> ComplaintName.parse("name", ""))
                .isInstanceOfSatisfying(InvalidValueException.class, refused ->
                        assertThat(refused.violations().getFirst().rule()).isEqualTo("REQUIRED"));
    }
}
