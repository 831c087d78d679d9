package org.complaintdesk.bootstrap.e2e;

import com.google.type.Money;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.grpc.stub.MetadataUtils;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.*;

/**
 * Drives complaints through their life over the API, each step by a person in the right role and
 * unit, always with the complaint's current etag and a new request id. Returns the complaint as
 * the step's response shows it.
 */
public final class Lifecycle {
    static final String OWNING_UNIT = "gridco/east";
    static final String LEAD_DEPARTMENT = "gridco/east/metering";
    static final String CO_DEPARTMENT = "gridco/east/billing";
    static final String OTHER_DEPARTMENT = "gridco/west/grid";
    static final String OFFICE = "gridco/east";

    final ComplaintServiceGrpc.ComplaintServiceBlockingStub agent;
    final ComplaintServiceGrpc.ComplaintServiceBlockingStub callbackAgent;
    final ComplaintServiceGrpc.ComplaintServiceBlockingStub handler;
    final ComplaintServiceGrpc.ComplaintServiceBlockingStub coHandler;
    final ComplaintServiceGrpc.ComplaintServiceBlockingStub otherHandler;
    final ComplaintServiceGrpc.ComplaintServiceBlockingStub supervisor;
    final ComplaintServiceGrpc.ComplaintServiceBlockingStub director;
    final ComplaintServiceGrpc.ComplaintServiceBlockingStub auditor;
    /** Tells the times people report for contacts and investigations: the service's clock, or a test's. */
    private final Clock clock;

    Lifecycle(ApiClient client) {
        this(client.channel, client.tokens);
    }

    /** Acts on a service whose clock is {@code clock}, reporting contacts and investigations at its time. */
    Lifecycle(ApiClient client, Clock clock) {
        this(client.channel, client.tokens, clock);
    }

    /** Acts over {@code channel} with tokens from {@code tokens}; the load benchmark drives complaints through it too. */
    public Lifecycle(Channel channel, Tokens tokens) {
        this(channel, tokens, Clock.systemUTC());
    }

    private Lifecycle(Channel channel, Tokens tokens, Clock clock) {
        this.clock = clock;
        agent = stub(channel, tokens, "agent-007", "AGENT", "gridco/east");
        callbackAgent = stub(channel, tokens, "callback-12", "AGENT", OFFICE);
        handler = stub(channel, tokens, "handler-li", "HANDLER", LEAD_DEPARTMENT);
        coHandler = stub(channel, tokens, "handler-zhao", "HANDLER", CO_DEPARTMENT);
        otherHandler = stub(channel, tokens, "handler-wu", "HANDLER", OTHER_DEPARTMENT);
        supervisor = stub(channel, tokens, "supervisor-chen", "SUPERVISOR", OFFICE);
        director = stub(channel, tokens, "director-sun", "DIRECTOR", OFFICE);
        auditor = stub(channel, tokens, "auditor-qian", "AUDITOR", OFFICE);
    }

    private static ComplaintServiceGrpc.ComplaintServiceBlockingStub stub(Channel channel, Tokens tokens, String userId,
                                                                         String role, String orgUnit) {
        return ComplaintServiceGrpc.newBlockingStub(channel).withInterceptors(
                MetadataUtils.newAttachHeadersInterceptor(tokens.headers(userId, role, orgUnit)), EACH_CALL_DEADLINE);
    }

    // A deadline set on a stub is fixed when the stub is made; this one starts with every call.
    private static final ClientInterceptor EACH_CALL_DEADLINE = new ClientInterceptor() {
        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return next.newCall(method, options.withDeadlineAfter(30, TimeUnit.SECONDS));
        }
    };

    /** The supervisor, who may approve resolutions below level 1. */
    public ComplaintServiceGrpc.ComplaintServiceBlockingStub supervisor() {
        return supervisor;
    }

    static String requestId() {
        return UUID.randomUUID().toString();
    }

    public Complaint register(Complaint.Builder complaint) {
        return agent.createComplaint(CreateComplaintRequest.newBuilder().setRequestId(requestId())
                .setComplaint(complaint).build()).getComplaint();
    }

    public Complaint accept(Complaint c) {
        return agent.acceptComplaint(AcceptComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).setNextSteps("A metering technician will call you within 2 hours.")
                .build()).getComplaint();
    }

    public Complaint decline(Complaint c, DeclineReason reason) {
        return agent.declineComplaint(DeclineComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).setReason(reason)
                .setGuidance("Please turn to the housing authority's hotline 12319.").build()).getComplaint();
    }

    public Complaint dispatch(Complaint c) {
        return supervisor.dispatchComplaint(DispatchComplaintRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setLeadDepartment(LEAD_DEPARTMENT)
                .addCoHandlingDepartments(CO_DEPARTMENT).setHandler("handler-li").build()).getComplaint();
    }

    public Complaint contact(Complaint c) {
        return handler.recordComplaintContact(RecordComplaintContactRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setContactTime(ApiClient.timestamp(clock.instant()))
                .setMethod(ContactMethod.CONTACT_METHOD_PHONE).setSummary("Called; agreed a visit tomorrow at 9.")
                .setPromise("A technician reads the meter tomorrow morning.").build()).getComplaint();
    }

    public Complaint investigate(Complaint c) {
        return handler.recordComplaintInvestigation(RecordComplaintInvestigationRequest.newBuilder()
                .setName(c.getName()).setEtag(c.getEtag()).setRequestId(requestId())
                .setMethod(InvestigationMethod.INVESTIGATION_METHOD_SITE_INSPECTION)
                .setConductTime(ApiClient.timestamp(clock.instant())).setPlace("meter room, building 3")
                .addParticipants("handler Li").addParticipants("technician Zhou")
                .setFindings("The October reading was estimated, not read.").addEvidence("photo-2026-1123-01")
                .build()).getComplaint();
    }

    public Complaint find(Complaint c, Responsibility responsibility) {
        return handler.recordComplaintFinding(RecordComplaintFindingRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setResponsibility(responsibility)
                .setGrounds("Estimated reading against company rules.").build()).getComplaint();
    }

    public Complaint propose(Complaint c) {
        return handler.proposeComplaintResolution(ProposeComplaintResolutionRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setMeasures("Re-read the meter and correct the bill.")
                .build()).getComplaint();
    }

    public Complaint proposeWithCompensation(Complaint c, long yuan) {
        return handler.proposeComplaintResolution(ProposeComplaintResolutionRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setMeasures("Restore heating; compensate the days lost.")
                .setRemedy(Remedy.newBuilder().setKind(RemedyKind.REMEDY_KIND_COMPENSATION)
                        .setAmount(Money.newBuilder().setCurrencyCode("CNY").setUnits(yuan)))
                .build()).getComplaint();
    }

    public Complaint approve(ComplaintServiceGrpc.ComplaintServiceBlockingStub approver, Complaint c) {
        return approver.approveComplaintResolution(ApproveComplaintResolutionRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setNote("Agreed.").build()).getComplaint();
    }

    public Complaint reply(Complaint c) {
        return handler.replyToComplaint(ReplyToComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).setChannel(ContactMethod.CONTACT_METHOD_LETTER)
                .setContent("Dear Mr Wang, we found ... and have corrected your bill. You may ask for a review.")
                .build()).getComplaint();
    }

    /** The agent's reply to a consultation or suggestion, without dispatch. */
    public Complaint answer(Complaint c) {
        return agent.replyToComplaint(ReplyToComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).setChannel(ContactMethod.CONTACT_METHOD_PHONE)
                .setContent("The tiered tariff counts the year's consumption; your bill follows it.").build())
                .getComplaint();
    }

    public Complaint callBack(Complaint c, Satisfaction satisfaction) {
        return callbackAgent.recordComplaintCallback(RecordComplaintCallbackRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setMethod(CallbackMethod.CALLBACK_METHOD_PHONE)
                .setSatisfaction(satisfaction).setAttempts(1).setComment("Asked on the phone.").build()).getComplaint();
    }

    public Complaint requestReview(Complaint c) {
        return agent.requestComplaintReview(RequestComplaintReviewRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId())
                .setGrounds("New fact: the neighbour's meter was swapped with mine.").build()).getComplaint();
    }

    public Complaint concludeReview(Complaint c, ReviewOutcome outcome) {
        return director.concludeComplaintReview(ConcludeComplaintReviewRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setOutcome(outcome)
                .setConclusion("The meters were swapped; the bill is recalculated. Told by phone.").build())
                .getComplaint();
    }

    /** The lead department's handler records that the handling waits on the complainant. */
    public Complaint waitOnComplainant(Complaint c, org.complaintdesk.api.v1.Clock.PauseReason reason) {
        return handler.waitOnComplainant(WaitOnComplainantRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setReason(reason)
                .setNote("Asked the complainant for photos of the meter by WeChat.").build()).getComplaint();
    }

    public Complaint resumeHandling(Complaint c) {
        return handler.resumeComplaintHandling(ResumeComplaintHandlingRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(requestId()).setNote("The photos arrived.").build()).getComplaint();
    }

    public Complaint urge(ComplaintServiceGrpc.ComplaintServiceBlockingStub lead, Complaint c) {
        return lead.urgeComplaint(UrgeComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).setNote("The complainant called again; please answer today.").build())
                .getComplaint();
    }

    public Complaint withdraw(Complaint c) {
        return agent.withdrawComplaint(WithdrawComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).setReason("The complainant settled it with the landlord.").build())
                .getComplaint();
    }

    public Complaint close(Complaint c) {
        return agent.closeComplaint(CloseComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).build()).getComplaint();
    }

    public Complaint archive(Complaint c) {
        return agent.archiveComplaint(ArchiveComplaintRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(requestId()).build()).getComplaint();
    }

    /** The whole timeline, page by page, as a supervisor of the owning unit sees it: in full. */
    public List<ComplaintEvent> timeline(Complaint c) {
        List<ComplaintEvent> events = new ArrayList<>();
        String token = "";
        do {
            ListComplaintEventsResponse page = supervisor.listComplaintEvents(ListComplaintEventsRequest.newBuilder()
                    .setParent(c.getName()).setPageSize(5).setPageToken(token).build());
            events.addAll(page.getEventsList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return events;
    }
}
