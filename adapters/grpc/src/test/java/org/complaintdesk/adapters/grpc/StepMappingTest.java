package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.MethodDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.complaintdesk.api.v1.AcceptComplaintRequest;
import org.complaintdesk.api.v1.ArchiveComplaintRequest;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.DispatchComplaintRequest;
import org.complaintdesk.api.v1.RecordComplaintInvestigationRequest;
import org.complaintdesk.api.v1.RejectClockExtensionRequest;
import org.complaintdesk.api.v1.RequestClockExtensionRequest;
import org.complaintdesk.api.v1.WaitOnComplainantRequest;
import org.complaintdesk.application.handling.AcceptComplaint;
import org.complaintdesk.application.handling.ListComplaintEvents;
import org.complaintdesk.application.handling.StepRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The shared part of every lifecycle request, and the mapping of the steps with lists of entries. */
class StepMappingTest {
    static final Actor HANDLER = new Actor(new UserId("handler-3"), Role.HANDLER, new OrgUnitId("HEAT-MAINT"));
    static final StepContext CONTEXT = new StepContext(HANDLER, name -> Complaints.ID);
    private static final Complaint READ = Complaint.newBuilder()
            .setName(ComplaintName.of(Complaints.ID)).setEtag("7").build();

    @Test
    void a_step_request_carries_the_complaint_the_etag_the_actor_and_the_request_identity() {
        AcceptComplaintRequest request = StepCalls.accept(READ, "req-1").build();

        StepRequest on = AcceptanceMapper.accept(request, CONTEXT).on();

        assertThat(on.complaintId()).isEqualTo(Complaints.ID);
        assertThat(on.etag()).isEqualTo(7L);
        assertThat(on.actor()).isEqualTo(HANDLER);
        assertThat(on.request().requestId()).isEqualTo(new RequestId("req-1"));
        assertThat(on.request().operation()).isEqualTo(AcceptComplaint.OPERATION).isEqualTo("AcceptComplaint");
        assertThat(on.request().fingerprint()).isEqualTo(RequestFingerprint.of(request));
    }

    @Test
    void the_ticket_number_is_resolved_only_after_every_field_passed() {
        StepContext refusing = new StepContext(HANDLER, name -> {
            throw new AssertionError("resolved a name although the request is refused");
        });
        var bad = StepCalls.accept(READ, "req-1").setName("complaints/TS20261123000123").setNextSteps("").build();

        assertThatThrownBy(() -> AcceptanceMapper.accept(bad, refusing)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_common_fields_are_each_reported_under_their_own_name() {
        assertThat(violations(() -> ClosingMapper.archive(ArchiveComplaintRequest.newBuilder()
                .setName("complaints/nope").setEtag("01").setRequestId("has space").build(), CONTEXT)))
                .containsExactly("name FORMAT", "etag FORMAT", "request_id FORMAT");
    }

    @Test
    void the_operation_of_every_step_is_the_name_of_its_rpc() throws ReflectiveOperationException {
        List<String> rpcs = ComplaintServiceGrpc.getServiceDescriptor().getMethods().stream()
                .map(method -> MethodDescriptor.extractBareMethodName(method.getFullMethodName())).toList();
        List<String> operations = new ArrayList<>();
        for (RecordComponent useCase : HandlingUseCases.class.getRecordComponents()) {
            if (useCase.getType() != ListComplaintEvents.class
                    && useCase.getType() != org.complaintdesk.application.notice.ListComplaintNotices.class) {
                operations.add((String) useCase.getType().getField("OPERATION").get(null));
            }
        }

        assertThat(operations).hasSize(27).doesNotHaveDuplicates();
        assertThat(rpcs).containsAll(operations);
    }

    @Test
    void a_request_for_an_extension_carries_the_clock_the_new_due_the_reason_the_opinion_and_when_the_complainant_was_told() {
        Instant due = Instant.parse("2026-11-27T16:00:00Z");
        Instant told = Instant.parse("2026-11-23T01:50:00Z");

        var command = ExtensionMapper.request(StepCalls.requestExtension(READ, "r", due, told).build(), CONTEXT);

        assertThat(command.clock()).isEqualTo(org.complaintdesk.domain.handling.ClockKind.REPLY);
        assertThat(command.newDue()).isEqualTo(due);
        assertThat(command.reason().value()).isEqualTo("The meter is at the test laboratory until Friday.");
        assertThat(command.preliminaryOpinion().value())
                .isEqualTo("The supply was normal; the meter is suspected and being tested.");
        assertThat(command.complainantToldAt()).isEqualTo(told);
        assertThat(command.on().request().operation()).isEqualTo("RequestClockExtension");
    }

    @Test
    void a_request_for_an_extension_missing_every_field_of_its_own_is_refused_naming_each() {
        var request = RequestClockExtensionRequest.newBuilder().setName(READ.getName()).setEtag("7").setRequestId("r")
                .setClockValue(77).build();

        assertThat(violations(() -> ExtensionMapper.request(request, CONTEXT))).containsExactly(
                "clock FORMAT", "new_due_time REQUIRED", "reason REQUIRED", "preliminary_opinion REQUIRED",
                "complainant_told_time REQUIRED");
    }

    @Test
    void an_approval_may_come_without_a_note_and_a_refusal_needs_its_reason() {
        var approval = ExtensionMapper.approve(StepCalls.approveExtension(READ, "r").setNote(" ").build(), CONTEXT);
        var request = RejectClockExtensionRequest.newBuilder().setName(READ.getName()).setEtag("7").setRequestId("r")
                .build();

        assertThat(approval.note()).isEmpty();
        assertThat(approval.on().request().operation()).isEqualTo("ApproveClockExtension");
        assertThat(violations(() -> ExtensionMapper.reject(request, CONTEXT))).containsExactly("reason REQUIRED");
    }

    @Test
    void a_wait_on_the_complainant_carries_its_reason_and_note() {
        var command = WaitingAndUrgingMapper.waitOnComplainant(StepCalls.waitOnComplainant(READ, "r").build(), CONTEXT);

        assertThat(command.reason()).isEqualTo(PauseReason.MATERIALS_REQUESTED);
        assertThat(command.note().value()).isEqualTo("Asked for photos of the radiator valves by WeChat.");
        assertThat(command.on().request().operation()).isEqualTo("WaitOnComplainant");
    }

    @Test
    void a_wait_without_a_reason_or_a_note_is_refused_naming_both() {
        var request = WaitOnComplainantRequest.newBuilder().setName(READ.getName()).setEtag("7").setRequestId("r").build();

        assertThat(violations(() -> WaitingAndUrgingMapper.waitOnComplainant(request, CONTEXT)))
                .containsExactly("reason REQUIRED", "note REQUIRED");
    }

    @Test
    void the_department_rules_are_reported_with_a_missing_handler() {
        var request = DispatchComplaintRequest.newBuilder().setName(READ.getName()).setEtag("7").setRequestId("r")
                .setLeadDepartment("HEAT-MAINT").addCoHandlingDepartments("HEAT-MAINT").build();

        assertThat(violations(() -> DispatchMapper.dispatch(request, CONTEXT)))
                .containsExactly("handler REQUIRED", "co_handling_departments LEAD_DEPARTMENT_ALSO_CO_HANDLING");
    }

    @Test
    void too_many_or_repeated_co_handling_departments_are_refused() {
        var base = DispatchComplaintRequest.newBuilder().setName(READ.getName()).setEtag("7").setRequestId("r")
                .setLeadDepartment("HEAT-MAINT").setHandler("handler-3");
        var tooMany = base.clone().addAllCoHandlingDepartments(
                IntStream.rangeClosed(1, 11).mapToObj(i -> "UNIT-" + i).toList()).build();
        var twice = base.clone().addCoHandlingDepartments("GRID-OPS").addCoHandlingDepartments("GRID-OPS").build();

        assertThat(violations(() -> DispatchMapper.dispatch(tooMany, CONTEXT)))
                .containsExactly("co_handling_departments TOO_MANY");
        assertThat(violations(() -> DispatchMapper.dispatch(twice, CONTEXT)))
                .containsExactly("co_handling_departments DUPLICATE_CO_HANDLING_DEPARTMENT");
    }

    @Test
    void too_many_co_handling_departments_that_repeat_one_and_name_the_lead_report_every_rule() {
        var request = DispatchComplaintRequest.newBuilder().setName(READ.getName()).setEtag("7").setRequestId("r")
                .setLeadDepartment("HEAT-MAINT").setHandler("handler-3")
                .addAllCoHandlingDepartments(IntStream.rangeClosed(1, 10).mapToObj(i -> "UNIT-" + i).toList())
                .addCoHandlingDepartments("UNIT-1").addCoHandlingDepartments("HEAT-MAINT").build();

        assertThat(violations(() -> DispatchMapper.dispatch(request, CONTEXT))).containsExactly(
                "co_handling_departments TOO_MANY",
                "co_handling_departments LEAD_DEPARTMENT_ALSO_CO_HANDLING",
                "co_handling_departments DUPLICATE_CO_HANDLING_DEPARTMENT");
    }

    @Test
    void the_department_rules_are_judged_on_the_departments_that_could_be_read() {
        var request = DispatchComplaintRequest.newBuilder().setName(READ.getName()).setEtag("7").setRequestId("r")
                .setLeadDepartment("/root").setHandler("handler-3")
                .addCoHandlingDepartments("GRID-OPS").addCoHandlingDepartments("bad unit")
                .addCoHandlingDepartments("GRID-OPS").build();

        assertThat(violations(() -> DispatchMapper.dispatch(request, CONTEXT))).containsExactly(
                "lead_department FORMAT",
                "co_handling_departments[1] FORMAT",
                "co_handling_departments DUPLICATE_CO_HANDLING_DEPARTMENT");
    }

    @Test
    void an_investigation_record_keeps_its_entries_in_order() {
        var request = StepCalls.recordInvestigation(READ, "r").build();

        var record = InvestigationMapper.recordInvestigation(request, CONTEXT).record();

        assertThat(record.method()).isEqualTo(InvestigationMethod.SITE_INSPECTION);
        assertThat(record.conductedAt()).isEqualTo(Instant.ofEpochSecond(request.getConductTime().getSeconds()));
        assertThat(record.place()).contains("Room 201");
        assertThat(record.participants()).containsExactly("handler Wang", "the complainant");
        assertThat(record.evidence()).containsExactly("photo-2026-0042");
    }

    @Test
    void every_bad_entry_of_an_investigation_record_is_reported_on_its_index() {
        var request = RecordComplaintInvestigationRequest.newBuilder().setName(READ.getName()).setEtag("7")
                .setRequestId("r").setPlace("x".repeat(201))
                .addParticipants("Wang").addParticipants(" ")
                .addAllEvidence(Collections.nCopies(21, "photo"))
                .build();

        assertThat(violations(() -> InvestigationMapper.recordInvestigation(request, CONTEXT))).containsExactly(
                "method REQUIRED", "conduct_time REQUIRED", "place TOO_LONG", "participants[1] REQUIRED",
                "findings REQUIRED", "evidence TOO_MANY");
    }

    @Test
    void an_optional_text_left_blank_is_absent() {
        var request = StepCalls.recordContact(READ, "r").setPromise("  ").build();

        assertThat(InvestigationMapper.recordContact(request, CONTEXT).promise()).isEqualTo(Optional.empty());
    }

    static List<String> violations(Runnable mapping) {
        try {
            mapping.run();
        } catch (InvalidValueException refused) {
            return refused.violations().stream().map(v -> v.field() + " " + v.rule()).toList();
        }
        throw new AssertionError("the request should have been refused");
    }
}
