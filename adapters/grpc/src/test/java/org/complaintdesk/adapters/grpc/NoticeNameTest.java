package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class NoticeNameTest {
    private static final UUID NOTICE = UUID.fromString("5b1f7c2a-9d3e-4a6b-8c0d-1e2f3a4b5c6d");
    private static final ComplaintId COMPLAINT = new ComplaintId(UUID.fromString("3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60"));

    @Test
    void a_notice_is_named_under_its_complaint_by_uuid_and_read_back_by_uuid_or_ticket_number() {
        String name = NoticeName.of(COMPLAINT, NOTICE);

        assertThat(name).isEqualTo("complaints/3f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60/notices/" + NOTICE);
        assertThat(NoticeName.parse("name", name)).isEqualTo(new NoticeName(new ComplaintName.ById(COMPLAINT), NOTICE));
        assertThat(NoticeName.parse("name", "complaints/TS20261123000042/notices/" + NOTICE).complaint())
                .isEqualTo(new ComplaintName.ByTicketNumber(new TicketNumber("TS20261123000042")));
        assertThat(NoticeName.ofEvent(EventMapper.name(COMPLAINT, 4), NOTICE)).isEqualTo(name);
    }

    @Test
    void a_name_of_another_form_is_refused_on_its_field() {
        for (String bad : new String[] {"", "complaints/x/notices/" + NOTICE, "complaints/" + COMPLAINT.value() + "/notices/1",
                "complaints/" + COMPLAINT.value() + "/events/" + NOTICE}) {
            assertThatThrownBy(() -> NoticeName.parse("name", bad)).as(bad).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.violations()).allMatch(v -> v.field().equals("name")));
        }
    }
}
