package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.application.complaint.GetComplaint;
import org.complaintdesk.application.complaint.ListComplaints;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.deadline.FirstLook;
import org.complaintdesk.application.deadline.ClockExtensions;
import org.complaintdesk.application.deadline.ComplaintClocks;
import org.complaintdesk.application.deadline.PreviewDeadlines;
import org.complaintdesk.application.handling.AcceptComplaint;
import org.complaintdesk.application.handling.ApproveExtension;
import org.complaintdesk.application.handling.ApproveResolution;
import org.complaintdesk.application.handling.ArchiveComplaint;
import org.complaintdesk.application.handling.ChangeSeverity;
import org.complaintdesk.application.handling.CloseComplaint;
import org.complaintdesk.application.handling.ComplaintSteps;
import org.complaintdesk.application.handling.ConcludeReview;
import org.complaintdesk.application.handling.DeclineComplaint;
import org.complaintdesk.application.handling.DispatchComplaint;
import org.complaintdesk.application.handling.ListComplaintEvents;
import org.complaintdesk.application.handling.ProposeResolution;
import org.complaintdesk.application.handling.ReclassifyComplaint;
import org.complaintdesk.application.handling.RecordCallback;
import org.complaintdesk.application.handling.RecordContact;
import org.complaintdesk.application.handling.RecordFinding;
import org.complaintdesk.application.handling.RecordInvestigation;
import org.complaintdesk.application.handling.RedispatchComplaint;
import org.complaintdesk.application.handling.RejectExtension;
import org.complaintdesk.application.handling.ReplyToComplaint;
import org.complaintdesk.application.handling.RequestExtension;
import org.complaintdesk.application.handling.RequestReview;
import org.complaintdesk.application.handling.ResumeHandling;
import org.complaintdesk.application.handling.ReturnComplaint;
import org.complaintdesk.application.handling.SendBackResolution;
import org.complaintdesk.application.handling.UrgeComplaint;
import org.complaintdesk.application.handling.WaitOnComplainant;
import org.complaintdesk.application.handling.WithdrawComplaint;
import org.complaintdesk.application.port.out.ComplaintSearch;
import org.complaintdesk.application.privacy.ListPersonalDataAccesses;
import org.complaintdesk.application.privacy.PersonalDataDisclosures;
import org.complaintdesk.application.testing.InMemoryCalendarStore;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.application.testing.InMemoryPersonalDataAccessLog;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.deadline.DeadlinePolicies;

/**
 * The complaint service through the real gRPC stack, in process: the interceptor, the service,
 * the real use cases with the default policies, an in-memory register, the shipped calendar and a
 * clock the test controls (it starts at {@link Requests#NOW}).
 */
final class InProcessDesk implements AutoCloseable {
    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final InMemoryPersonalDataAccessLog accessLog = store.accessLog();
    final MovableClock clock = new MovableClock(Requests.NOW, ZoneId.of("Asia/Shanghai"));
    /** What the server sent back in the last call that had headers, and in the last call's trailers. */
    final AtomicReference<Metadata> responseHeaders = new AtomicReference<>();
    final AtomicReference<Metadata> responseTrailers = new AtomicReference<>();
    private final Server server;
    private final ManagedChannel channel;

    InProcessDesk() throws IOException {
        this((ComplaintSearch) null);
    }

    /** A desk whose lists come from {@code search}, or from the register when null. */
    InProcessDesk(ComplaintSearch search) throws IOException {
        this(search, DeadlinePolicies.seedForAll());
    }

    /** A desk whose lists come from {@code search} (or the register when null), its clocks timed by {@code deadlines}. */
    InProcessDesk(ComplaintSearch search, DeadlinePolicies deadlines) throws IOException {
        this(search, deadlines, PageBudget.DEFAULT);
    }

    /** A desk whose list pages stop at {@code pageBudget}. */
    InProcessDesk(PageBudget pageBudget) throws IOException {
        this(null, DeadlinePolicies.seedForAll(), pageBudget);
    }

    private InProcessDesk(ComplaintSearch search, DeadlinePolicies deadlines, PageBudget pageBudget) throws IOException {
        String name = InProcessServerBuilder.generateName();
        var calendar = new CurrentCalendar(InMemoryCalendarStore.shipped(InProcessCalendar.SHIPPED_AT),
                clock.getZone(), clock, Duration.ofSeconds(60));
        var clocks = new ComplaintClocks(store, calendar, deadlines, clock);
        var disclosures = new PersonalDataDisclosures(accessLog, clock, UUID::randomUUID);
        var service = new ComplaintGrpcService(
                new RegisterComplaint(store, new InMemoryPorts.DailyTicketNumbers(), new InMemoryPorts.RandomIds(),
                        clock, new SeverityPolicy(), new PriorityPolicy(), FirstLook.NONE, disclosures),
                new GetComplaint(store),
                new ListComplaints(search == null ? store : search),
                handling(clocks),
                clocks,
                new PreviewDeadlines(calendar, deadlines, new SeverityPolicy(), clock),
                disclosures,
                new ListPersonalDataAccesses(accessLog, store),
                pageBudget);
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(MalformedRequestGuard.guard(service),
                        CallContextInterceptor.authenticating(TestIssuer.verifier())))
                .build()
                .start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    }

    private HandlingUseCases handling(ComplaintClocks clocks) {
        var steps = new ComplaintSteps(store, clock, (before, after, now) -> java.util.List.of());
        var policy = HandlingPolicy.defaults();
        var extensions = new ClockExtensions(clocks);
        return new HandlingUseCases(new AcceptComplaint(steps), new DeclineComplaint(steps),
                new ReclassifyComplaint(steps, clocks), new ChangeSeverity(steps, new PriorityPolicy(), clocks),
                new DispatchComplaint(steps), new ReturnComplaint(steps), new RedispatchComplaint(steps),
                new RecordContact(steps), new RecordInvestigation(steps), new RecordFinding(steps),
                new ProposeResolution(steps, policy), new ApproveResolution(steps, policy),
                new SendBackResolution(steps, policy), new ReplyToComplaint(steps), new RecordCallback(steps, policy),
                new RequestReview(steps, policy), new ConcludeReview(steps), new WaitOnComplainant(steps),
                new ResumeHandling(steps), new UrgeComplaint(steps), new RequestExtension(steps, extensions),
                new ApproveExtension(steps, extensions), new RejectExtension(steps), new WithdrawComplaint(steps),
                new CloseComplaint(steps), new ArchiveComplaint(steps), new ListComplaintEvents(store, store),
                new org.complaintdesk.application.notice.ReportNoticeDelivery(store, store, clock),
                new org.complaintdesk.application.notice.ListComplaintNotices(store, store));
    }

    /**
     * A client that calls with a token of the test issuer for the given user, granting the given
     * role and unit (null: the token grants none).
     */
    ComplaintServiceGrpc.ComplaintServiceBlockingStub as(String userId, String role, String orgUnit) {
        return stub(identity(userId, role, orgUnit));
    }

    /** A client acting for the unit that owns the complaints of {@link Requests}. */
    ComplaintServiceGrpc.ComplaintServiceBlockingStub as(String userId, String role) {
        return as(userId, role, Requests.OWNING_UNIT);
    }

    ComplaintServiceGrpc.ComplaintServiceBlockingStub stub(Metadata headers) {
        return ComplaintServiceGrpc.newBlockingStub(channel).withInterceptors(
                MetadataUtils.newCaptureMetadataInterceptor(responseHeaders, responseTrailers),
                MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** The channel to the desk, for calls the generated stubs cannot make (raw bytes, for one). */
    io.grpc.Channel channel() {
        return channel;
    }

    /** The authorization header of a token for the user granting the role and unit; null grants none. */
    static Metadata identity(String userId, String role, String orgUnit) {
        return bearer(TestIssuer.token(userId, role == null ? List.of() : List.of(role),
                orgUnit == null ? List.of() : List.of(orgUnit)));
    }

    static Metadata bearer(String token) {
        var headers = new Metadata();
        headers.put(BearerTokenAuthenticator.AUTHORIZATION, "Bearer " + token);
        return headers;
    }

    /** The failure of a call that must fail. */
    static StatusRuntimeException failure(Runnable call) {
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(refused).as("the call should have failed").isNotNull();
        return refused;
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
