package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListPersonalDataAccessesRequest;
import org.complaintdesk.api.v1.ListPersonalDataAccessesResponse;
import org.complaintdesk.api.v1.PersonalDataAccess.PersonalField;
import org.complaintdesk.api.v1.PersonalDataAccess;
import org.complaintdesk.api.v1.PersonalDataDisclosure;
import org.complaintdesk.api.v1.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record of who was shown personal data, as an auditor lists it through the real gRPC server. */
class PersonalDataAccessesGrpcTest {
    private InProcessDesk desk;
    private Lifecycle life;

    @BeforeEach
    void start() throws Exception {
        desk = new InProcessDesk();
        life = new Lifecycle(desk);
    }

    @AfterEach
    void stop() throws InterruptedException {
        desk.close();
    }

    @Test
    void an_auditor_lists_who_saw_a_complaint_in_full_newest_first_and_never_the_masked_reads() {
        Complaint complaint = life.registered();
        desk.clock.advance(java.time.Duration.ofMinutes(5));
        life.supervisor.getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build());
        life.auditor.getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build());

        List<PersonalDataAccess> accesses = life.auditor.listPersonalDataAccesses(ListPersonalDataAccessesRequest
                .newBuilder().setParent("complaints/" + complaint.getTicketNumber()).build()).getPersonalDataAccessesList();

        assertThat(accesses).extracting(PersonalDataAccess::getMethod).containsExactly("GetComplaint", "CreateComplaint");
        PersonalDataAccess read = accesses.getFirst();
        assertThat(read.getName()).startsWith(complaint.getName() + "/personalDataAccesses/");
        assertThat(read.getActor().getUserId()).isEqualTo("supervisor-1");
        assertThat(read.getActor().getRole()).isEqualTo(Role.ROLE_SUPERVISOR);
        assertThat(read.getActor().getOrgUnit()).isEqualTo(Lifecycle.OWNER);
        assertThat(read.getAccessTime()).isEqualTo(Requests.timestamp(desk.clock.instant()));
        assertThat(read.getFieldsList()).containsExactly(PersonalField.PERSONAL_FIELD_COMPLAINANT_NAME,
                PersonalField.PERSONAL_FIELD_COMPLAINANT_PHONE_NUMBER, PersonalField.PERSONAL_FIELD_COMPLAINANT_ADDRESS,
                PersonalField.PERSONAL_FIELD_FREE_TEXT);
    }

    @Test
    void a_registration_s_answer_is_recorded_once_and_each_replay_s_once_more() {
        var request = Requests.heatingComplaint(life.requestId()).build();
        var created = life.agent.createComplaint(request);
        desk.clock.advance(java.time.Duration.ofMinutes(1));
        var replayed = life.agent.createComplaint(request);

        assertThat(created.getReplayed()).isFalse();
        assertThat(replayed.getReplayed()).isTrue();
        for (Complaint shown : List.of(created.getComplaint(), replayed.getComplaint())) {
            assertThat(shown.getPersonalDataDisclosure()).isEqualTo(PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_FULL);
            assertThat(shown.getComplainant().getPhoneNumber()).isEqualTo("13812345678");
        }
        List<PersonalDataAccess> accesses = life.auditor.listPersonalDataAccesses(ListPersonalDataAccessesRequest
                .newBuilder().setParent(created.getComplaint().getName()).build()).getPersonalDataAccessesList();
        assertThat(accesses).extracting(PersonalDataAccess::getMethod).containsExactly("CreateComplaint", "CreateComplaint");
        assertThat(accesses).extracting(access -> access.getActor().getUserId()).containsOnly("agent-7");
        assertThat(accesses).extracting(PersonalDataAccess::getAccessTime).containsExactly(
                Requests.timestamp(desk.clock.instant()),
                Requests.timestamp(desk.clock.instant().minus(java.time.Duration.ofMinutes(1))));
    }

    @Test
    void an_auditor_pages_through_one_user_s_accesses_across_complaints() {
        Complaint first = life.registered();
        Complaint second = life.registered();
        for (Complaint complaint : List.of(first, second, first)) {
            life.supervisor.getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build());
        }

        List<PersonalDataAccess> seen = new ArrayList<>();
        String token = "";
        do {
            ListPersonalDataAccessesResponse page = life.auditor.listPersonalDataAccesses(
                    ListPersonalDataAccessesRequest.newBuilder().setParent("complaints/-").setUserId("supervisor-1")
                            .setPageSize(2).setPageToken(token).build());
            seen.addAll(page.getPersonalDataAccessesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());

        assertThat(seen).hasSize(3).extracting(access -> access.getActor().getUserId()).containsOnly("supervisor-1");
        assertThat(seen).extracting(PersonalDataAccess::getName).doesNotHaveDuplicates();
    }

    @Test
    void only_an_auditor_reads_the_record_and_only_of_complaints_its_unit_reaches() {
        Complaint complaint = life.registered();
        var request = ListPersonalDataAccessesRequest.newBuilder().setParent(complaint.getName()).build();

        assertThat(reason(failure(() -> life.supervisor.listPersonalDataAccesses(request))))
                .isEqualTo("ROLE_NOT_PERMITTED");
        var elsewhere = desk.as("auditor-9", "AUDITOR", "HEAT-SOUTH");
        assertThat(reason(failure(() -> elsewhere.listPersonalDataAccesses(request)))).isEqualTo("COMPLAINT_OUT_OF_REACH");
        assertThat(elsewhere.listPersonalDataAccesses(ListPersonalDataAccessesRequest.newBuilder()
                .setParent("complaints/-").setUserId("agent-7").build()).getPersonalDataAccessesList()).isEmpty();
    }

    @Test
    void every_bad_field_is_listed_at_once_and_a_token_serves_only_its_own_parent() {
        StatusRuntimeException refused = failure(() -> life.auditor.listPersonalDataAccesses(
                ListPersonalDataAccessesRequest.newBuilder().setParent("complaints/-").setPageSize(-1).build()));
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactlyInAnyOrder("user_id REQUIRED", "page_size NEGATIVE");

        Complaint complaint = life.registered();
        life.supervisor.getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build());
        String token = life.auditor.listPersonalDataAccesses(ListPersonalDataAccessesRequest.newBuilder()
                .setParent(complaint.getName()).setPageSize(1).build()).getNextPageToken();
        StatusRuntimeException mismatch = failure(() -> life.auditor.listPersonalDataAccesses(
                ListPersonalDataAccessesRequest.newBuilder().setParent("complaints/-").setUserId("agent-7")
                        .setPageToken(token).build()));
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(mismatch)))
                .containsExactly("page_token PAGE_TOKEN_PARENT_MISMATCH");
    }

    private static String reason(StatusRuntimeException refused) {
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        return StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason();
    }
}
