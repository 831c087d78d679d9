package org.complaintdesk.adapters.grpc;

import io.grpc.stub.StreamObserver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.complaintdesk.api.v1.*;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.complaint.ListComplaints;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.deadline.PreviewDeadlines;
import org.complaintdesk.application.handling.ListComplaintEvents;
import org.complaintdesk.application.privacy.ListPersonalDataAccesses;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.application.request.ComplaintResult;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.PersonalDataPolicy;
import org.complaintdesk.domain.organisation.Actor;

/**
 * complaintdesk.v1.ComplaintService on top of the complaint use cases. Needs
 * {@link CallContextInterceptor} in front of it for the caller identity and the correlation id.
 *
 * <p>Every lifecycle method runs the same way ({@link #step}): the caller must be identified, the
 * request is checked and mapped by the mapper of its phase, the use case takes the step, and the
 * complaint comes back as the caller may see it. Every answer that shows a complaint's personal data
 * in full is recorded first ({@link PersonalDataDisclosures}); a registration's answer, with the
 * registration ({@link RegisterComplaint}).
 *
 * <p>Every complaint returned comes with its clocks, computed for the answer ({@link #full}),
 * except in the basic view of a list, where they would cost a timeline read per complaint.
 */
public final class ComplaintGrpcService extends ComplaintServiceGrpc.ComplaintServiceImplBase {
    private final RegisterComplaint register;
    private final GetComplaint get;
    private final ListComplaints list;
    private final HandlingUseCases handling;
    private final ComplaintClocks clocks;
    private final PreviewDeadlines preview;
    private final PersonalDataDisclosures disclosures;
    private final ListPersonalDataAccesses accesses;
    private final PageBudget pageBudget;

    public ComplaintGrpcService(RegisterComplaint register, GetComplaint get, ListComplaints list,
                                HandlingUseCases handling, ComplaintClocks clocks, PreviewDeadlines preview,
                                PersonalDataDisclosures disclosures, ListPersonalDataAccesses accesses) {
        this(register, get, list, handling, clocks, preview, disclosures, accesses, PageBudget.DEFAULT);
    }

    /** With pages bounded to {@code pageBudget} rather than the default; tests use small ones. */
    ComplaintGrpcService(RegisterComplaint register, GetComplaint get, ListComplaints list,
                         HandlingUseCases handling, ComplaintClocks clocks, PreviewDeadlines preview,
                         PersonalDataDisclosures disclosures, ListPersonalDataAccesses accesses,
                         PageBudget pageBudget) {
        this.pageBudget = Objects.requireNonNull(pageBudget, "pageBudget");
        this.disclosures = Objects.requireNonNull(disclosures, "disclosures");
        this.accesses = Objects.requireNonNull(accesses, "accesses");
        this.register = Objects.requireNonNull(register, "register");
        this.get = Objects.requireNonNull(get, "get");
        this.list = Objects.requireNonNull(list, "list");
        this.handling = Objects.requireNonNull(handling, "handling");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.preview = Objects.requireNonNull(preview, "preview");
    }

    // ---------------------------------------------------------------- the register

    @Override
    public void createComplaint(CreateComplaintRequest request, StreamObserver<CreateComplaintResponse> responses) {
        respond(responses, () -> {
            Caller caller = CallContext.caller();
            // Who writes is checked before what is written.
            caller.requireActor();
            RegisterComplaint.Registered result = register.execute(
                    IntakeMapper.toCommand(request, caller, register::intakeRuleViolations));
            // As the use case decided, its record stored already: with the registration, or alone for a replay.
            return CreateComplaintResponse.newBuilder()
                    .setComplaint(full(result.complaint(), result.disclosure()))
                    .setReplayed(result.replayed())
                    .build();
        });
    }

    @Override
    public void getComplaint(GetComplaintRequest request, StreamObserver<GetComplaintResponse> responses) {
        respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            Complaint complaint = switch (ComplaintName.parse("name", request.getName())) {
                case ComplaintName.ById byId -> get.byId(reader, byId.id());
                case ComplaintName.ByTicketNumber byTicket -> get.byTicketNumber(reader, byTicket.ticketNumber());
            };
            return GetComplaintResponse.newBuilder().setComplaint(full(complaint, reader)).build();
        });
    }

    @Override
    public void listComplaints(ListComplaintsRequest request, StreamObserver<ListComplaintsResponse> responses) {
        respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            ListComplaints.Query query = ListQueryMapper.toQuery(request);
            ListComplaints.Page page = list.execute(reader, query);
            boolean withClocks = ListQueryMapper.withClocks(request);
            // Decided for the whole page at once, so that its full disclosures are recorded in one write.
            Map<ComplaintId, Disclosure> shown = disclose(reader, page.complaints());
            var complaints = pageBudget.fit(page.complaints(), complaint -> withClocks
                    ? ComplaintMapper.toMessage(complaint, clocks.current(complaint), shown.get(complaint.id()))
                    : ComplaintMapper.toMessage(complaint, shown.get(complaint.id())));
            var response = ListComplaintsResponse.newBuilder().addAllComplaints(complaints);
            Optional<PageCursor> next = page.next();
            if (complaints.size() < page.complaints().size()) {
                Complaint last = page.complaints().get(complaints.size() - 1);
                next = Optional.of(new PageCursor(last.submission().receivedAt(), last.id()));
            }
            next.ifPresent(cursor -> response.setNextPageToken(PageToken.issue(cursor, query.filter())));
            return response.build();
        });
    }

    @Override
    public void listComplaintEvents(ListComplaintEventsRequest request,
                                    StreamObserver<ListComplaintEventsResponse> responses) {
        respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            ListComplaintEvents.Query query = TimelineQueryMapper.toQuery(request, name -> idOf(reader, name));
            ListComplaintEvents.Page page = handling.listEvents().execute(reader, query);
            // A page past the end shows nothing personal, so nothing is recorded for it.
            Disclosure disclosure = page.events().isEmpty()
                    ? PersonalDataPolicy.disclosureTo(reader, page.complaint())
                    : disclosures.discloseTimeline(reader, page.complaint(), CallContext.method());
            var events = pageBudget.fit(page.events(), event -> disclosure == Disclosure.FULL
                    ? EventMapper.toMessage(event) : EventMapper.masked(EventMapper.toMessage(event)));
            var response = ListComplaintEventsResponse.newBuilder().addAllEvents(events)
                    .setPersonalDataDisclosure(ComplaintMapper.disclosure(disclosure));
            Optional<Long> next = events.size() < page.events().size()
                    ? Optional.of(page.events().get(events.size() - 1).sequence())
                    : page.nextAfterSequence();
            next.ifPresent(after -> response.setNextPageToken(EventPageToken.issue(query.complaintId(), after)));
            return response.build();
        });
    }

    @Override
    public void listComplaintNotices(ListComplaintNoticesRequest request,
                                     StreamObserver<ListComplaintNoticesResponse> responses) {
        respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            ComplaintName parent = NoticeMapper.parent(request);
            var listing = handling.listNotices().execute(reader, idOf(reader, parent));
            // The text may quote the complainant, as the timeline's notes do: shown as the timeline is.
            Disclosure disclosure = listing.notices().isEmpty()
                    ? PersonalDataPolicy.disclosureTo(reader, listing.complaint())
                    : disclosures.discloseTimeline(reader, listing.complaint(), CallContext.method());
            var response = ListComplaintNoticesResponse.newBuilder()
                    .setPersonalDataDisclosure(ComplaintMapper.disclosure(disclosure));
            listing.notices().forEach(notice -> response.addNotices(shown(NoticeMapper.toMessage(notice), disclosure)));
            return response.build();
        });
    }

    @Override
    public void reportNoticeDelivery(ReportNoticeDeliveryRequest request,
                                     StreamObserver<ReportNoticeDeliveryResponse> responses) {
        respond(responses, () -> {
            Actor actor = CallContext.caller().requireActor();
            var result = handling.reportNoticeDelivery().execute(
                    NoticeMapper.report(request, actor, name -> idOf(actor, name)));
            // The gateway sent the text, yet it is the complaint's free text: shown, and recorded, as the timeline is.
            Complaint complaint = get.byId(actor, result.notice().issued().complaintId());
            Disclosure disclosure = disclosures.discloseTimeline(actor, complaint, CallContext.method());
            return ReportNoticeDeliveryResponse.newBuilder()
                    .setNotice(shown(NoticeMapper.toMessage(result.notice()), disclosure))
                    .setReplayed(result.replayed())
                    .build();
        });
    }

    private static org.complaintdesk.api.v1.Notice shown(org.complaintdesk.api.v1.Notice notice, Disclosure disclosure) {
        return disclosure == Disclosure.FULL ? notice : FreeTextMasking.mask(notice);
    }

    @Override
    public void listPersonalDataAccesses(ListPersonalDataAccessesRequest request,
                                         StreamObserver<ListPersonalDataAccessesResponse> responses) {
        respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            ListPersonalDataAccesses.Query query = AccessQueryMapper.toQuery(request, name -> idOf(reader, name));
            ListPersonalDataAccesses.Page page = accesses.execute(reader, query);
            var response = ListPersonalDataAccessesResponse.newBuilder();
            page.accesses().forEach(access -> response.addPersonalDataAccesses(AccessQueryMapper.toMessage(access)));
            page.next().ifPresent(cursor -> response.setNextPageToken(AccessPageToken.issue(cursor, query.subject())));
            return response.build();
        });
    }

    @Override
    public void previewComplaintDeadlines(PreviewComplaintDeadlinesRequest request,
                                          StreamObserver<PreviewComplaintDeadlinesResponse> responses) {
        respond(responses, () -> PreviewMapper.toResponse(preview.execute(PreviewMapper.toQuery(request))));
    }

    // ---------------------------------------------------------------- acceptance and classification

    @Override
    public void acceptComplaint(AcceptComplaintRequest request, StreamObserver<AcceptComplaintResponse> responses) {
        step(responses, context -> handling.accept().execute(AcceptanceMapper.accept(request, context)),
                (complaint, replayed) -> AcceptComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void declineComplaint(DeclineComplaintRequest request, StreamObserver<DeclineComplaintResponse> responses) {
        step(responses, context -> handling.decline().execute(AcceptanceMapper.decline(request, context)),
                (complaint, replayed) -> DeclineComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void reclassifyComplaint(ReclassifyComplaintRequest request,
                                    StreamObserver<ReclassifyComplaintResponse> responses) {
        step(responses, context -> handling.reclassify().execute(ClassificationMapper.reclassify(request, context)),
                (complaint, replayed) -> ReclassifyComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void changeComplaintSeverity(ChangeComplaintSeverityRequest request,
                                        StreamObserver<ChangeComplaintSeverityResponse> responses) {
        step(responses, context -> handling.changeSeverity().execute(ClassificationMapper.changeSeverity(request, context)),
                (complaint, replayed) -> ChangeComplaintSeverityResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- dispatch

    @Override
    public void dispatchComplaint(DispatchComplaintRequest request, StreamObserver<DispatchComplaintResponse> responses) {
        step(responses, context -> handling.dispatch().execute(DispatchMapper.dispatch(request, context)),
                (complaint, replayed) -> DispatchComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void returnComplaint(ReturnComplaintRequest request, StreamObserver<ReturnComplaintResponse> responses) {
        step(responses, context -> handling.returnComplaint().execute(DispatchMapper.returnComplaint(request, context)),
                (complaint, replayed) -> ReturnComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void redispatchComplaint(RedispatchComplaintRequest request,
                                    StreamObserver<RedispatchComplaintResponse> responses) {
        step(responses, context -> handling.redispatch().execute(DispatchMapper.redispatch(request, context)),
                (complaint, replayed) -> RedispatchComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- investigation

    @Override
    public void recordComplaintContact(RecordComplaintContactRequest request,
                                       StreamObserver<RecordComplaintContactResponse> responses) {
        step(responses, context -> handling.recordContact().execute(InvestigationMapper.recordContact(request, context)),
                (complaint, replayed) -> RecordComplaintContactResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void recordComplaintInvestigation(RecordComplaintInvestigationRequest request,
                                             StreamObserver<RecordComplaintInvestigationResponse> responses) {
        step(responses,
                context -> handling.recordInvestigation().execute(InvestigationMapper.recordInvestigation(request, context)),
                (complaint, replayed) -> RecordComplaintInvestigationResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void recordComplaintFinding(RecordComplaintFindingRequest request,
                                       StreamObserver<RecordComplaintFindingResponse> responses) {
        step(responses, context -> handling.recordFinding().execute(InvestigationMapper.recordFinding(request, context)),
                (complaint, replayed) -> RecordComplaintFindingResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- resolution

    @Override
    public void proposeComplaintResolution(ProposeComplaintResolutionRequest request,
                                           StreamObserver<ProposeComplaintResolutionResponse> responses) {
        step(responses, context -> handling.proposeResolution().execute(ResolutionMapper.propose(request, context)),
                (complaint, replayed) -> ProposeComplaintResolutionResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void approveComplaintResolution(ApproveComplaintResolutionRequest request,
                                           StreamObserver<ApproveComplaintResolutionResponse> responses) {
        step(responses, context -> handling.approveResolution().execute(ResolutionMapper.approve(request, context)),
                (complaint, replayed) -> ApproveComplaintResolutionResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void sendBackComplaintResolution(SendBackComplaintResolutionRequest request,
                                            StreamObserver<SendBackComplaintResolutionResponse> responses) {
        step(responses, context -> handling.sendBackResolution().execute(ResolutionMapper.sendBack(request, context)),
                (complaint, replayed) -> SendBackComplaintResolutionResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- reply, callback and review

    @Override
    public void replyToComplaint(ReplyToComplaintRequest request, StreamObserver<ReplyToComplaintResponse> responses) {
        step(responses, context -> handling.reply().execute(ReplyMapper.reply(request, context)),
                (complaint, replayed) -> ReplyToComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void recordComplaintCallback(RecordComplaintCallbackRequest request,
                                        StreamObserver<RecordComplaintCallbackResponse> responses) {
        step(responses, context -> handling.recordCallback().execute(ReplyMapper.recordCallback(request, context)),
                (complaint, replayed) -> RecordComplaintCallbackResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void requestComplaintReview(RequestComplaintReviewRequest request,
                                       StreamObserver<RequestComplaintReviewResponse> responses) {
        step(responses, context -> handling.requestReview().execute(ReviewMapper.requestReview(request, context)),
                (complaint, replayed) -> RequestComplaintReviewResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void concludeComplaintReview(ConcludeComplaintReviewRequest request,
                                        StreamObserver<ConcludeComplaintReviewResponse> responses) {
        step(responses, context -> handling.concludeReview().execute(ReviewMapper.concludeReview(request, context)),
                (complaint, replayed) -> ConcludeComplaintReviewResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- waiting on the complainant, urging

    @Override
    public void waitOnComplainant(WaitOnComplainantRequest request, StreamObserver<WaitOnComplainantResponse> responses) {
        step(responses, context -> handling.waitOnComplainant().execute(
                        WaitingAndUrgingMapper.waitOnComplainant(request, context)),
                (complaint, replayed) -> WaitOnComplainantResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void resumeComplaintHandling(ResumeComplaintHandlingRequest request,
                                        StreamObserver<ResumeComplaintHandlingResponse> responses) {
        step(responses, context -> handling.resumeHandling().execute(WaitingAndUrgingMapper.resumeHandling(request, context)),
                (complaint, replayed) -> ResumeComplaintHandlingResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void urgeComplaint(UrgeComplaintRequest request, StreamObserver<UrgeComplaintResponse> responses) {
        step(responses, context -> handling.urge().execute(WaitingAndUrgingMapper.urge(request, context)),
                (complaint, replayed) -> UrgeComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- extensions of clocks

    @Override
    public void requestClockExtension(RequestClockExtensionRequest request,
                                      StreamObserver<RequestClockExtensionResponse> responses) {
        step(responses, context -> handling.requestExtension().execute(ExtensionMapper.request(request, context)),
                (complaint, replayed) -> RequestClockExtensionResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void approveClockExtension(ApproveClockExtensionRequest request,
                                      StreamObserver<ApproveClockExtensionResponse> responses) {
        step(responses, context -> handling.approveExtension().execute(ExtensionMapper.approve(request, context)),
                (complaint, replayed) -> ApproveClockExtensionResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void rejectClockExtension(RejectClockExtensionRequest request,
                                     StreamObserver<RejectClockExtensionResponse> responses) {
        step(responses, context -> handling.rejectExtension().execute(ExtensionMapper.reject(request, context)),
                (complaint, replayed) -> RejectClockExtensionResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- the end

    @Override
    public void withdrawComplaint(WithdrawComplaintRequest request, StreamObserver<WithdrawComplaintResponse> responses) {
        step(responses, context -> handling.withdraw().execute(ClosingMapper.withdraw(request, context)),
                (complaint, replayed) -> WithdrawComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void closeComplaint(CloseComplaintRequest request, StreamObserver<CloseComplaintResponse> responses) {
        step(responses, context -> handling.close().execute(ClosingMapper.close(request, context)),
                (complaint, replayed) -> CloseComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    @Override
    public void archiveComplaint(ArchiveComplaintRequest request, StreamObserver<ArchiveComplaintResponse> responses) {
        step(responses, context -> handling.archive().execute(ClosingMapper.archive(request, context)),
                (complaint, replayed) -> ArchiveComplaintResponse.newBuilder()
                        .setComplaint(complaint).setReplayed(replayed).build());
    }

    // ---------------------------------------------------------------- shared

    /** Takes a lifecycle step for an identified caller and answers with the complaint as the caller may see it. */
    private <R> void step(StreamObserver<R> responses, Function<StepContext, ComplaintResult> take,
                          BiFunction<org.complaintdesk.api.v1.Complaint, Boolean, R> answer) {
        respond(responses, () -> {
            // Who acts is checked before what is asked.
            Actor actor = CallContext.caller().requireActor();
            var context = new StepContext(actor, name -> idOf(actor, name));
            ComplaintResult result = take.apply(context);
            return answer.apply(full(result.complaint(), actor), result.replayed());
        });
    }

    /**
     * The id behind a requested name; a ticket number is looked up, and refused as out of reach if
     * the caller's unit does not reach its complaint or no complaint has it.
     */
    private ComplaintId idOf(Actor actor, ComplaintName name) {
        return switch (name) {
            case ComplaintName.ById byId -> byId.id();
            case ComplaintName.ByTicketNumber byTicket -> get.idOf(actor, byTicket.ticketNumber());
        };
    }

    /** The complaint with its clocks as they stand now, and its personal data as the caller may see it. */
    private org.complaintdesk.api.v1.Complaint full(Complaint complaint, Actor viewer) {
        return full(complaint, disclosures.disclose(viewer, complaint, CallContext.method()));
    }

    /** The complaint with its clocks as they stand now, and its personal data as already disclosed. */
    private org.complaintdesk.api.v1.Complaint full(Complaint complaint, Disclosure disclosure) {
        return ComplaintMapper.toMessage(complaint, clocks.current(complaint), disclosure);
    }

    private Map<ComplaintId, Disclosure> disclose(Actor viewer, List<Complaint> complaints) {
        List<Disclosure> each = disclosures.discloseEach(viewer, complaints, CallContext.method());
        Map<ComplaintId, Disclosure> byId = new HashMap<>();
        for (int i = 0; i < complaints.size(); i++) {
            byId.put(complaints.get(i).id(), each.get(i));
        }
        return byId;
    }

    private static <R> void respond(StreamObserver<R> responses, Supplier<R> call) {
        UnaryCalls.respond(responses, call);
    }
}
