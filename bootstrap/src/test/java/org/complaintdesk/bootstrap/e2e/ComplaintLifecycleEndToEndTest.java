package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.complaintdesk.api.v1.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Complaints driven through their whole life over a real Netty gRPC server on a real PostgreSQL. */
class ComplaintLifecycleEndToEndTest {
    @RegisterExtension
    static final RunningDesk running = new RunningDesk();

    private static ApiClient client;
    private static Lifecycle life;

    @BeforeAll
    static void connect() {
        client = running.client();
        life = new Lifecycle(client);
    }

    @Test
    void a_level_3_billing_complaint_goes_from_registration_to_archive_with_a_satisfied_callback() {
        Complaint c = life.register(billingComplaint());
        assertThat(c.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_3);

        c = life.accept(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
        c = life.dispatch(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(c.getHandling().getDispatch().getLeadDepartment()).isEqualTo(Lifecycle.LEAD_DEPARTMENT);
        assertThat(c.getHandling().getDispatch().getHandler()).isEqualTo("handler-li");
        c = life.contact(c);
        c = life.investigate(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        c = life.find(c, Responsibility.RESPONSIBILITY_COMPANY);
        c = life.propose(c);
        // Level 3 without money: the resolution stands without approval.
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_RESOLVED);
        assertThat(c.getHandling().getResolution().getApprovalStatus())
                .isEqualTo(ApprovalStatus.APPROVAL_STATUS_NOT_REQUIRED);
        c = life.reply(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_REPLIED);
        c = life.callBack(c, Satisfaction.SATISFACTION_SATISFIED);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_CALLED_BACK);
        c = life.close(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_CLOSED);
        c = life.archive(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_ARCHIVED);
        assertThat(c.getHandling().hasArchiveTime()).isTrue();

        Complaint read = client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(c.getName()).build())
                .getComplaint();
        assertThat(read).isEqualTo(c);

        String eventPrefix = c.getName() + "/events/";
        List<ComplaintEvent> timeline = life.timeline(c);
        assertThat(timeline).extracting(ComplaintEvent::getType).containsExactly(
                ComplaintEvent.Type.TYPE_REGISTERED, ComplaintEvent.Type.TYPE_ACCEPTED, ComplaintEvent.Type.TYPE_DISPATCHED,
                ComplaintEvent.Type.TYPE_CONTACT_RECORDED, ComplaintEvent.Type.TYPE_INVESTIGATION_RECORDED,
                ComplaintEvent.Type.TYPE_FINDING_RECORDED, ComplaintEvent.Type.TYPE_RESOLUTION_PROPOSED,
                ComplaintEvent.Type.TYPE_REPLIED, ComplaintEvent.Type.TYPE_CALLBACK_RECORDED,
                ComplaintEvent.Type.TYPE_CLOSED, ComplaintEvent.Type.TYPE_ARCHIVED);
        assertThat(timeline).allSatisfy(event -> {
            assertThat(event.getActor().getUserId()).isNotBlank();
            assertThat(event.getActor().getRole()).isNotEqualTo(Role.ROLE_UNSPECIFIED);
            assertThat(event.getActor().getOrgUnit()).isNotBlank();
            assertThat(event.hasOccurTime()).isTrue();
            assertThat(event.getName()).startsWith(eventPrefix);
        });
        assertThat(timeline.get(2).getActor().getUserId()).isEqualTo("supervisor-chen");
        assertThat(timeline.get(2).getActor().getRole()).isEqualTo(Role.ROLE_SUPERVISOR);
        assertThat(timeline.get(4).getActor().getOrgUnit()).isEqualTo(Lifecycle.LEAD_DEPARTMENT);
        assertThat(timeline.getLast().getStateBefore()).isEqualTo(Complaint.State.STATE_CLOSED);
        assertThat(timeline.getLast().getStateAfter()).isEqualTo(Complaint.State.STATE_ARCHIVED);

        Complaint archived = c;
        var refused = refusal(() -> life.withdraw(archived));
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(errorInfo(refused).getReason()).isEqualTo("COMPLAINT_ARCHIVED");
        assertThat(errorInfo(refused).getMetadataMap()).containsEntry("current_state", "STATE_ARCHIVED");
    }

    @Test
    void the_timeline_carries_each_steps_particulars_typed_and_withholds_their_free_text_from_an_auditor() {
        Complaint c = life.register(billingComplaint());
        c = life.investigate(life.contact(life.dispatch(life.accept(c))));
        c = life.propose(life.find(c, Responsibility.RESPONSIBILITY_COMPANY));
        c = life.archive(life.close(life.callBack(life.reply(c), Satisfaction.SATISFACTION_SATISFIED)));

        List<ComplaintEvent> timeline = life.timeline(c);

        assertThat(timeline).extracting(ComplaintEvent::getPayloadCase).containsExactly(
                ComplaintEvent.PayloadCase.REGISTERED, ComplaintEvent.PayloadCase.ACCEPTED,
                ComplaintEvent.PayloadCase.DISPATCHED, ComplaintEvent.PayloadCase.CONTACT_RECORDED,
                ComplaintEvent.PayloadCase.INVESTIGATION_RECORDED, ComplaintEvent.PayloadCase.FINDING_RECORDED,
                ComplaintEvent.PayloadCase.RESOLUTION_PROPOSED, ComplaintEvent.PayloadCase.REPLIED,
                ComplaintEvent.PayloadCase.CALLBACK_RECORDED, ComplaintEvent.PayloadCase.CLOSED,
                ComplaintEvent.PayloadCase.ARCHIVED);
        assertThat(timeline.get(0).getRegistered()).isEqualTo(ComplaintRegistered.newBuilder()
                .setTicketNumber(c.getTicketNumber()).setKind(c.getKind()).setChannel(c.getChannel())
                .setSeverity(Severity.SEVERITY_LEVEL_3).setPriority(c.getPriority()).build());
        assertThat(timeline.get(2).getDispatched()).isEqualTo(ComplaintDispatched.newBuilder()
                .setLeadDepartment(Lifecycle.LEAD_DEPARTMENT).setHandler("handler-li")
                .addCoHandlingDepartments(Lifecycle.CO_DEPARTMENT).build());
        assertThat(timeline.get(3).getContactRecorded().getMethod()).isEqualTo(ContactMethod.CONTACT_METHOD_PHONE);
        assertThat(timeline.get(3).getContactRecorded().getPromise())
                .isEqualTo("A technician reads the meter tomorrow morning.");
        assertThat(timeline.get(4).getInvestigationRecorded().getPlace()).isEqualTo("meter room, building 3");
        assertThat(timeline.get(4).getInvestigationRecorded().getParticipantsList())
                .containsExactly("handler Li", "technician Zhou");
        assertThat(timeline.get(4).getInvestigationRecorded().getEvidenceList()).containsExactly("photo-2026-1123-01");
        assertThat(timeline.get(5).getFindingRecorded().getResponsibility())
                .isEqualTo(Responsibility.RESPONSIBILITY_COMPANY);
        assertThat(timeline.get(6).getResolutionProposed().getApprovalRequired()).isFalse();
        assertThat(timeline.get(6).getResolutionProposed().hasRemedy()).isFalse();
        assertThat(timeline.get(7).getReplied().getChannel()).isEqualTo(ContactMethod.CONTACT_METHOD_LETTER);
        assertThat(timeline.get(8).getCallbackRecorded().getSatisfaction()).isEqualTo(Satisfaction.SATISFACTION_SATISFIED);
        assertThat(timeline.get(8).getCallbackRecorded().getUnreachable()).isFalse();
        assertThat(timeline.get(9).getClosed().getClosedFrom()).isEqualTo(Complaint.State.STATE_CALLED_BACK);

        List<ComplaintEvent> audited = client.as("auditor-1", "AUDITOR").listComplaintEvents(
                ListComplaintEventsRequest.newBuilder().setParent(c.getName()).setPageSize(50).build()).getEventsList();

        assertThat(audited.get(3).getContactRecorded().getPromise()).isEqualTo("***");
        assertThat(audited.get(4).getInvestigationRecorded().getPlace()).isEqualTo("***");
        assertThat(audited.get(4).getInvestigationRecorded().getParticipantsList()).containsExactly("***", "***");
        assertThat(audited.get(4).getInvestigationRecorded().getEvidenceList()).containsExactly("photo-2026-1123-01");
        assertThat(audited.get(2).getDispatched()).isEqualTo(timeline.get(2).getDispatched());
    }

    @Test
    void a_level_1_heating_outage_needs_the_directors_approval_and_an_unsatisfied_callback_reopens_it() {
        Complaint c = life.register(billingComplaint()
                .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_HEATING)
                .setNature(Nature.NATURE_SERVICE_QUALITY)
                .setTopic("no heating in the whole block")
                .setIntakeFacts(IntakeFacts.newBuilder().setLargeAreaInterruption(true)));
        assertThat(c.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_1);
        c = life.investigate(life.dispatch(life.accept(c)));
        c = life.find(c, Responsibility.RESPONSIBILITY_COMPANY);
        c = life.proposeWithCompensation(c, 200);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_RESOLUTION_PROPOSED);
        assertThat(c.getHandling().getResolution().getApprovalStatus()).isEqualTo(ApprovalStatus.APPROVAL_STATUS_PENDING);
        assertThat(c.getHandling().getResolution().getRemedy().getAmount().getUnits()).isEqualTo(200);

        Complaint proposed = c;
        var bySupervisor = refusal(() -> life.approve(life.supervisor, proposed));
        assertThat(bySupervisor.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(errorInfo(bySupervisor).getReason()).isEqualTo("ROLE_NOT_PERMITTED");

        c = life.approve(life.director, c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_RESOLVED);
        assertThat(c.getHandling().getResolution().getDecidedBy()).isEqualTo("director-sun");
        c = life.callBack(life.reply(c), Satisfaction.SATISFACTION_UNSATISFIED);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(c.getHandling().getReopenCount()).isEqualTo(1);

        c = life.investigate(c);
        c = life.proposeWithCompensation(c, 300);
        c = life.approve(life.director, c);
        c = life.callBack(life.reply(c), Satisfaction.SATISFACTION_BASICALLY_SATISFIED);
        c = life.close(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_CLOSED);

        List<ComplaintEvent> timeline = life.timeline(c);
        ComplaintEvent unsatisfied = timeline.stream()
                .filter(e -> e.getType() == ComplaintEvent.Type.TYPE_CALLBACK_RECORDED).findFirst().orElseThrow();
        assertThat(unsatisfied.getStateAfter()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(unsatisfied.getDetailsMap()).containsEntry("reopened", "true")
                .containsEntry("satisfaction", "SATISFACTION_UNSATISFIED");
        assertThat(timeline).filteredOn(e -> e.getType() == ComplaintEvent.Type.TYPE_RESOLUTION_APPROVED).hasSize(2);
    }

    @Test
    void a_complaint_out_of_scope_is_declined_with_guidance_closed_and_archived() {
        Complaint c = life.decline(life.register(billingComplaint()), DeclineReason.DECLINE_REASON_OTHER_BODYS_DUTY);

        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_DECLINED);
        assertThat(c.getHandling().getDecline().getGuidance()).contains("12319");
        Complaint declined = c;
        var dispatch = refusal(() -> life.dispatch(declined));
        assertThat(dispatch.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(errorInfo(dispatch).getReason()).isEqualTo("DISPATCH_BEFORE_ACCEPTANCE");
        assertThat(errorInfo(dispatch).getMetadataMap()).containsEntry("current_state", "STATE_DECLINED");

        c = life.archive(life.close(c));
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_ARCHIVED);
    }

    @Test
    void a_withdrawn_complaint_can_only_be_closed() {
        Complaint c = life.withdraw(life.dispatch(life.accept(life.register(billingComplaint()))));

        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_WITHDRAWN);
        assertThat(c.getHandling().getWithdrawal().getReason()).contains("landlord");
        Complaint withdrawn = c;
        var investigate = refusal(() -> life.investigate(withdrawn));
        assertThat(errorInfo(investigate).getReason()).isEqualTo("INVESTIGATION_WITHOUT_DISPATCH");
        assertThat(errorInfo(investigate).getMetadataMap()).containsEntry("current_state", "STATE_WITHDRAWN");

        assertThat(life.close(c).getState()).isEqualTo(Complaint.State.STATE_CLOSED);
    }

    @Test
    void a_department_returns_a_dispatch_and_the_complaint_is_dispatched_again() {
        Complaint dispatched = life.dispatch(life.accept(life.register(billingComplaint())));

        var byCoHandler = refusal(() -> life.coHandler.returnComplaint(ReturnComplaintRequest.newBuilder()
                .setName(dispatched.getName()).setEtag(dispatched.getEtag()).setRequestId(Lifecycle.requestId())
                .setReason("not ours").build()));
        assertThat(byCoHandler.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(errorInfo(byCoHandler).getReason()).isEqualTo("NOT_LEAD_DEPARTMENT");

        Complaint returned = life.handler.returnComplaint(ReturnComplaintRequest.newBuilder()
                .setName(dispatched.getName()).setEtag(dispatched.getEtag()).setRequestId(Lifecycle.requestId())
                .setReason("The meter belongs to the west grid's area.").build()).getComplaint();
        assertThat(returned.getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
        assertThat(returned.getHandling().hasDispatch()).isFalse();

        Complaint redispatched = life.supervisor.dispatchComplaint(DispatchComplaintRequest.newBuilder()
                .setName(returned.getName()).setEtag(returned.getEtag()).setRequestId(Lifecycle.requestId())
                .setLeadDepartment(Lifecycle.OTHER_DEPARTMENT).setHandler("handler-wu").build()).getComplaint();
        assertThat(redispatched.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
        assertThat(redispatched.getHandling().getDispatch().getLeadDepartment()).isEqualTo(Lifecycle.OTHER_DEPARTMENT);
        // The first department no longer reaches it.
        var formerHandler = refusal(() -> life.investigate(redispatched));
        assertThat(errorInfo(formerHandler).getReason()).isEqualTo("COMPLAINT_OUT_OF_REACH");

        ComplaintEvent returnEvent = life.timeline(redispatched).stream()
                .filter(e -> e.getType() == ComplaintEvent.Type.TYPE_DISPATCH_RETURNED).findFirst().orElseThrow();
        assertThat(returnEvent.getNote()).isEqualTo("The meter belongs to the west grid's area.");
        assertThat(returnEvent.getActor().getUserId()).isEqualTo("handler-li");
    }

    @Test
    void a_review_with_new_facts_changes_the_result_and_handling_reopens() {
        Complaint c = life.find(life.investigate(life.dispatch(life.accept(life.register(billingComplaint())))),
                Responsibility.RESPONSIBILITY_CUSTOMER);
        c = life.callBack(life.reply(life.propose(c)), Satisfaction.SATISFACTION_SATISFIED);

        c = life.requestReview(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_UNDER_REVIEW);
        Complaint underReview = c;
        var bySupervisorAgent = refusal(() -> life.agent.concludeComplaintReview(ConcludeComplaintReviewRequest
                .newBuilder().setName(underReview.getName()).setEtag(underReview.getEtag())
                .setRequestId(Lifecycle.requestId()).setOutcome(ReviewOutcome.REVIEW_OUTCOME_UPHELD)
                .setConclusion("stands").build()));
        assertThat(bySupervisorAgent.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);

        c = life.concludeReview(c, ReviewOutcome.REVIEW_OUTCOME_CHANGED);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_INVESTIGATING);
        assertThat(c.getHandling().getReview().getOutcome()).isEqualTo(ReviewOutcome.REVIEW_OUTCOME_CHANGED);
        assertThat(c.getHandling().getReview().getConcludedBy()).isEqualTo("director-sun");

        c = life.find(c, Responsibility.RESPONSIBILITY_COMPANY);
        c = life.callBack(life.reply(life.propose(c)), Satisfaction.SATISFACTION_SATISFIED);
        c = life.close(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_CLOSED);
        assertThat(c.getHandling().getFinding().getResponsibility()).isEqualTo(Responsibility.RESPONSIBILITY_COMPANY);
    }

    @Test
    void a_consultation_is_answered_and_closed_without_investigation() {
        Complaint c = life.accept(life.register(billingComplaint()
                .setKind(ComplaintKind.COMPLAINT_KIND_CONSULTATION).setTopic("tiered tariff")));

        // The hotline agent answers it at once: no department is involved.
        c = life.answer(c);
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_REPLIED);
        c = life.close(c);

        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_CLOSED);
        assertThat(life.timeline(c)).extracting(ComplaintEvent::getType).containsExactly(
                ComplaintEvent.Type.TYPE_REGISTERED, ComplaintEvent.Type.TYPE_ACCEPTED, ComplaintEvent.Type.TYPE_REPLIED,
                ComplaintEvent.Type.TYPE_CLOSED);
    }

    @Test
    void a_complaint_is_not_closed_before_its_callback() {
        Complaint replied = life.reply(life.propose(life.find(life.investigate(life.dispatch(life.accept(
                life.register(billingComplaint())))), Responsibility.RESPONSIBILITY_COMPANY)));

        var close = refusal(() -> life.close(replied));

        assertThat(close.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(errorInfo(close).getReason()).isEqualTo("CLOSE_BEFORE_CALLBACK");
        assertThat(errorInfo(close).getMetadataMap()).containsEntry("current_state", "STATE_REPLIED");
    }

    @Test
    void of_two_concurrent_changes_with_the_same_etag_exactly_one_wins() throws Exception {
        Complaint registered = life.register(billingComplaint());
        int contenders = 6;
        var start = new CountDownLatch(1);
        List<Future<Complaint>> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(contenders)) {
            for (int i = 0; i < contenders; i++) {
                boolean accept = i % 2 == 0;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return accept ? life.accept(registered)
                            : life.decline(registered, DeclineReason.DECLINE_REASON_DUPLICATE);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Complaint> outcome : outcomes) {
                try {
                    outcome.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    var refused = (StatusRuntimeException) e.getCause();
                    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
                    assertThat(errorInfo(refused).getReason()).isEqualTo("ETAG_MISMATCH");
                }
            }
            assertThat(won).isEqualTo(1);
        }
        assertThat(life.timeline(registered)).hasSize(2);
    }

    @Test
    void a_retried_step_is_taken_once() {
        Complaint registered = life.register(billingComplaint());
        var request = AcceptComplaintRequest.newBuilder().setName(registered.getName()).setEtag(registered.getEtag())
                .setRequestId(Lifecycle.requestId()).setNextSteps("We call you today.").build();

        AcceptComplaintResponse first = life.agent.acceptComplaint(request);
        AcceptComplaintResponse retry = life.agent.acceptComplaint(request);

        assertThat(first.getReplayed()).isFalse();
        assertThat(retry.getReplayed()).isTrue();
        assertThat(retry.getComplaint().getEtag()).isEqualTo(first.getComplaint().getEtag());
        assertThat(life.timeline(registered)).hasSize(2);
    }

    @Test
    void a_step_by_ticket_number_alias_works_and_a_stale_etag_never_overwrites() {
        Complaint registered = life.register(billingComplaint());
        Complaint accepted = life.agent.acceptComplaint(AcceptComplaintRequest.newBuilder()
                .setName("complaints/" + registered.getTicketNumber()).setEtag(registered.getEtag())
                .setRequestId(Lifecycle.requestId()).setNextSteps("We call you today.").build()).getComplaint();
        assertThat(accepted.getName()).isEqualTo(registered.getName());

        var stale = refusal(() -> life.withdraw(registered));

        assertThat(stale.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(errorInfo(stale).getReason()).isEqualTo("ETAG_MISMATCH");
        assertThat(client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(registered.getName()).build())
                .getComplaint().getState()).isEqualTo(Complaint.State.STATE_ACCEPTED);
    }

    @Test
    void a_department_and_a_handler_list_their_own_work_queue() {
        Complaint mine = life.dispatch(life.accept(life.register(billingComplaint())));
        Complaint returned = life.dispatch(life.accept(life.register(billingComplaint())));
        returned = life.handler.returnComplaint(ReturnComplaintRequest.newBuilder().setName(returned.getName())
                .setEtag(returned.getEtag()).setRequestId(Lifecycle.requestId()).setReason("not ours").build())
                .getComplaint();
        life.register(billingComplaint());

        var byHandler = life.handler.listComplaints(ListComplaintsRequest.newBuilder().setHandler("handler-li").build());
        var byDepartment = life.handler.listComplaints(ListComplaintsRequest.newBuilder()
                .setLeadDepartment(Lifecycle.LEAD_DEPARTMENT).build());

        assertThat(byHandler.getComplaintsList()).extracting(Complaint::getName).containsExactly(mine.getName());
        assertThat(byDepartment.getComplaintsList()).extracting(Complaint::getName).containsExactly(mine.getName());
    }

    private static StatusRuntimeException refusal(Supplier<?> call) {
        return catchThrowableOfType(StatusRuntimeException.class, call::get);
    }

    private static ErrorInfo errorInfo(StatusRuntimeException e) {
        try {
            for (var detail : ApiClient.details(e).getDetailsList()) {
                if (detail.is(ErrorInfo.class)) {
                    return detail.unpack(ErrorInfo.class);
                }
            }
        } catch (InvalidProtocolBufferException bad) {
            throw new AssertionError(bad);
        }
        throw new AssertionError("no ErrorInfo in " + e.getStatus());
    }
}
