package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;
import org.complaintdesk.api.v1.ListComplaintEventsResponse;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.PersonalDataDisclosure;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.PersonalField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who reaches a complaint and how much of it they see, through the real gRPC server: each role
 * acting for the unit that owns the complaint, the unit above it, a sibling unit and the department
 * it is dispatched to, against every kind of method (a read, a list, the timeline, a step and a
 * registration). The expectations are written out here, not derived from the policies they test.
 */
class ReachAndDisclosureMatrixGrpcTest {
    private static final String OWN = "gridco/east";
    private static final String PARENT = "gridco";
    private static final String SIBLING = "gridco/north";
    private static final String DISPATCHED = "gridco/west/metering";

    private InProcessDesk desk;

    @BeforeEach
    void start() throws Exception {
        desk = new InProcessDesk();
    }

    @AfterEach
    void stop() throws InterruptedException {
        desk.close();
    }

    @ParameterizedTest(name = "{0} of the {1} unit: reads {2}, contact {3}, registers {4}")
    @CsvSource({
            // role,       unit,       read,   record a contact,        register for the owning unit (any unit may)
            "AGENT,        own,        FULL,   OK,                      OK",
            "AGENT,        parent,     FULL,   OK,                      OK",
            "AGENT,        sibling,    OUT,    COMPLAINT_OUT_OF_REACH,  OK",
            "AGENT,        dispatched, MASKED, OK,                      OK",
            "HANDLER,      own,        MASKED, NOT_HANDLING_DEPARTMENT, OK",
            "HANDLER,      parent,     MASKED, NOT_HANDLING_DEPARTMENT, OK",
            "HANDLER,      sibling,    OUT,    COMPLAINT_OUT_OF_REACH,  OK",
            "HANDLER,      dispatched, FULL,   OK,                      OK",
            "SUPERVISOR,   own,        FULL,   OK,                      OK",
            "SUPERVISOR,   parent,     FULL,   OK,                      OK",
            "SUPERVISOR,   sibling,    OUT,    COMPLAINT_OUT_OF_REACH,  OK",
            "SUPERVISOR,   dispatched, FULL,   OK,                      OK",
            "DIRECTOR,     own,        FULL,   OK,                      OK",
            "DIRECTOR,     parent,     FULL,   OK,                      OK",
            "DIRECTOR,     sibling,    OUT,    COMPLAINT_OUT_OF_REACH,  OK",
            "DIRECTOR,     dispatched, FULL,   OK,                      OK",
            "SYSTEM,       own,        FULL,   OK,                      OK",
            "SYSTEM,       parent,     FULL,   OK,                      OK",
            "SYSTEM,       sibling,    OUT,    COMPLAINT_OUT_OF_REACH,  OK",
            "SYSTEM,       dispatched, FULL,   OK,                      OK",
            "AUDITOR,      own,        MASKED, ROLE_NOT_PERMITTED,      ROLE_NOT_PERMITTED",
            "AUDITOR,      parent,     MASKED, ROLE_NOT_PERMITTED,      ROLE_NOT_PERMITTED",
            "AUDITOR,      sibling,    OUT,    COMPLAINT_OUT_OF_REACH,  ROLE_NOT_PERMITTED",
            "AUDITOR,      dispatched, MASKED, ROLE_NOT_PERMITTED,      ROLE_NOT_PERMITTED",
            "ADMINISTRATOR, own,       MASKED, ROLE_NOT_PERMITTED,      ROLE_NOT_PERMITTED",
            "ADMINISTRATOR, parent,    MASKED, ROLE_NOT_PERMITTED,      ROLE_NOT_PERMITTED",
            "ADMINISTRATOR, sibling,   OUT,    COMPLAINT_OUT_OF_REACH,  ROLE_NOT_PERMITTED",
            "ADMINISTRATOR, dispatched, MASKED, ROLE_NOT_PERMITTED,     ROLE_NOT_PERMITTED",
    })
    void each_role_of_each_unit_reaches_sees_and_acts_as_the_rules_say(String role, String unitName, String read,
                                                                      String contact, String register) {
        Complaint complaint = dispatchedComplaint();
        String unit = switch (unitName) {
            case "own" -> OWN;
            case "parent" -> PARENT;
            case "sibling" -> SIBLING;
            default -> DISPATCHED;
        };
        String user = role.toLowerCase() + "-of-" + unitName;
        ComplaintServiceBlockingStub caller = desk.as(user, role, unit);

        checkReads(caller, complaint, read);
        assertThat(recordedFor(user)).as("access records of %s", user)
                .hasSize(read.equals("FULL") ? 3 : 0)
                .allSatisfy(access -> {
                    assertThat(access.complaintId().toString()).isEqualTo(complaint.getName().substring(11));
                    assertThat(access.role().name()).isEqualTo(role);
                    assertThat(access.orgUnit().value()).isEqualTo(unit);
                    assertThat(access.fields()).contains(PersonalField.FREE_TEXT);
                });
        assertThat(recordedFor(user)).extracting(PersonalDataAccess::method)
                .containsExactlyInAnyOrderElementsOf(read.equals("FULL")
                        ? List.of("GetComplaint", "ListComplaints", "ListComplaintEvents") : List.of());

        expectOutcome(contact, () -> caller.recordComplaintContact(
                StepCalls.recordContact(complaint, UUID.randomUUID().toString()).build()));
        if (register.equals("OK")) {
            // Whoever registers takes the complaint in: its unit reaches it, wherever it lies.
            Complaint taken = caller.createComplaint(ownedBy(OWN, UUID.randomUUID().toString())).getComplaint();
            assertThat(taken.getIntakeUnit()).isEqualTo(unit);
            assertThat(caller.getComplaint(GetComplaintRequest.newBuilder().setName(taken.getName()).build())
                    .getComplaint().getPersonalDataDisclosure())
                    .isEqualTo(PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_FULL);
        } else {
            expectOutcome(register, () -> caller.createComplaint(ownedBy(OWN, UUID.randomUUID().toString())));
        }
    }

    private void checkReads(ComplaintServiceBlockingStub caller, Complaint complaint, String read) {
        List<String> listed = caller.listComplaints(ListComplaintsRequest.getDefaultInstance()).getComplaintsList()
                .stream().map(Complaint::getName).toList();
        if (read.equals("OUT")) {
            assertThat(listed).doesNotContain(complaint.getName());
            for (String name : List.of(complaint.getName(), "complaints/" + complaint.getTicketNumber())) {
                assertRefused(failure(() -> caller.getComplaint(GetComplaintRequest.newBuilder().setName(name).build())),
                        "COMPLAINT_OUT_OF_REACH");
            }
            assertRefused(failure(() -> caller.listComplaintEvents(
                    ListComplaintEventsRequest.newBuilder().setParent(complaint.getName()).build())),
                    "COMPLAINT_OUT_OF_REACH");
            return;
        }
        assertThat(listed).contains(complaint.getName());
        PersonalDataDisclosure expected = read.equals("FULL")
                ? PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_FULL
                : PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_MASKED;
        Complaint seen = caller.getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build())
                .getComplaint();
        assertThat(seen.getPersonalDataDisclosure()).isEqualTo(expected);
        if (read.equals("FULL")) {
            assertThat(seen.getComplainant().getPhoneNumber()).isEqualTo("13812345678");
            assertThat(seen.getDescription()).isEqualTo(complaint.getDescription());
        } else {
            assertThat(seen.getComplainant().getPhoneNumber()).isEqualTo("138****5678");
            assertThat(seen.getComplainant().getDisplayName()).isEqualTo("张*");
            assertThat(seen.getDescription()).isEqualTo("***");
            assertThat(seen.getHandling().getAcceptance().getNextSteps()).isEqualTo("***");
        }
        ListComplaintEventsResponse events = caller.listComplaintEvents(
                ListComplaintEventsRequest.newBuilder().setParent(complaint.getName()).build());
        assertThat(events.getPersonalDataDisclosure()).isEqualTo(expected);
        String acceptanceNote = events.getEvents(1).getNote();
        assertThat(acceptanceNote).isEqualTo(read.equals("FULL") ? "A technician will call you within 2 hours." : "***");
    }

    /** Registered for OWN by its agent, accepted, dispatched to the DISPATCHED department alone. */
    private Complaint dispatchedComplaint() {
        var agent = desk.as("agent-1", "AGENT", OWN);
        Complaint registered = agent.createComplaint(ownedBy(OWN, UUID.randomUUID().toString())).getComplaint();
        Complaint accepted = agent.acceptComplaint(StepCalls.accept(registered, UUID.randomUUID().toString()).build())
                .getComplaint();
        // Only the dispatch's records are of interest: the matrix counts the records of its callers.
        return agent.dispatchComplaint(StepCalls.dispatch(accepted, UUID.randomUUID().toString())
                .setLeadDepartment(DISPATCHED).clearCoHandlingDepartments().build()).getComplaint();
    }

    private static org.complaintdesk.api.v1.CreateComplaintRequest ownedBy(String unit, String requestId) {
        var request = Requests.heatingComplaint(requestId);
        return request.setComplaint(request.getComplaint().toBuilder().setOrgUnit(unit)).build();
    }

    private List<PersonalDataAccess> recordedFor(String user) {
        return desk.accessLog.all().stream().filter(access -> access.user().value().equals(user)).toList();
    }

    private static void expectOutcome(String outcome, Runnable call) {
        if (outcome.equals("OK")) {
            call.run();
            return;
        }
        assertRefused(failure(call), outcome);
    }

    private static void assertRefused(StatusRuntimeException refused, String reason) {
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason()).isEqualTo(reason);
        // Nothing of the complaint leaks into a refusal: neither the complainant nor the text.
        assertThat(refused.getStatus().getDescription()).doesNotContain("张伟", "13812345678", "Radiators");
    }
}
