package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.google.protobuf.Any;
import com.google.protobuf.TextFormat;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.adapters.grpc.ComplainantViewGrpcService;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.CalendarServiceGrpc;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.ComplainantViewServiceGrpc;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.ComplaintStatus;
import org.complaintdesk.api.v1.GetComplaintStatusRequest;
import org.complaintdesk.application.publicview.PublicViewLimits;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The complainant's own view through the real server: a portal's service identity asks with the
 * ticket number and the code of the acceptance notice; wrong codes are one answer with unknown
 * tickets, and too many of them lock the ticket out for the window (30 seconds here).
 */
class ComplainantViewEndToEndTest {
    private static final Duration WINDOW = Duration.ofSeconds(30);
    private static final int MAX_PER_TICKET = 3;

    private static MovableClock clock;
    private static ComplaintDesk desk;
    private static ApiClient client;
    private static Lifecycle life;

    @BeforeAll
    static void start() {
        clock = new MovableClock(ClockReadings.at("2026-11-23T10:00"), ClockReadings.SHANGHAI);
        desk = ComplaintDesk.startOn(TestDatabase.database(), clock, 0, new PublicViewLimits(WINDOW, MAX_PER_TICKET, 20));
        client = new ApiClient(desk);
        life = new Lifecycle(client, clock);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
        desk.close();
    }

    @BeforeEach
    void emptyRegister() {
        TestDatabase.clear();
    }

    private static ComplainantViewServiceGrpc.ComplainantViewServiceBlockingStub portal(String userId, String role) {
        return ComplainantViewServiceGrpc.newBlockingStub(client.channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(client.tokens.headers(userId, role, "gridco")))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    private static ComplainantViewServiceGrpc.ComplainantViewServiceBlockingStub wechat() {
        return portal("wechat-portal", "PORTAL");
    }

    private static Complaint registered() {
        return life.register(ApiClient.billingComplaint().setReceiveTime(timestamp(clock.instant().minusSeconds(3600))));
    }

    private static String codeOf(Complaint c) {
        return desk.verificationCodes().codeFor(new ComplaintId(UUID.fromString(c.getName().substring("complaints/".length()))))
                .digits();
    }

    private static String wrongCodeOf(Complaint c) {
        return String.format("%06d", (Integer.parseInt(codeOf(c)) + 1) % 1_000_000);
    }

    private static GetComplaintStatusRequest ask(String ticket, String code) {
        return GetComplaintStatusRequest.newBuilder().setTicketNumber(ticket).setVerificationCode(code).build();
    }

    private static StatusRuntimeException refusal(ComplainantViewServiceGrpc.ComplainantViewServiceBlockingStub stub,
                                                  GetComplaintStatusRequest request) {
        return catchThrowableOfType(StatusRuntimeException.class, () -> stub.getComplaintStatus(request));
    }

    private static <T extends com.google.protobuf.Message> T detail(StatusRuntimeException e, Class<T> type) {
        try {
            for (Any any : ApiClient.details(e).getDetailsList()) {
                if (any.is(type)) {
                    return any.unpack(type);
                }
            }
        } catch (com.google.protobuf.InvalidProtocolBufferException bad) {
            throw new AssertionError(bad);
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + e);
    }

    @Test
    void after_acceptance_the_view_promises_the_reply_by_the_due_time_of_the_reply_clock() {
        Complaint accepted = life.accept(registered());

        ComplaintStatus status = wechat().getComplaintStatus(ask(accepted.getTicketNumber(), codeOf(accepted)))
                .getComplaintStatus();

        assertThat(status.getTicketNumber()).isEqualTo(accepted.getTicketNumber());
        assertThat(status.getStage()).isEqualTo(ComplaintStatus.Stage.STAGE_IN_PROGRESS);
        assertThat(status.getStageText()).isEqualTo("您的投诉已受理，正在调查处理。");
        assertThat(status.getReplyDueTime()).isEqualTo(ClockReadings.clock(accepted, Clock.Kind.KIND_REPLY).getDueTime());
        assertThat(status.getReceiveTime()).isEqualTo(accepted.getReceiveTime());
        assertThat(status.hasReply()).isFalse();
    }

    @Test
    void the_right_code_gets_the_reply_once_sent_and_nothing_about_staff_units_or_the_complainant() {
        Complaint replied = life.reply(life.propose(life.find(life.investigate(life.contact(life.dispatch(
                life.accept(registered())))), org.complaintdesk.api.v1.Responsibility.RESPONSIBILITY_COMPANY)));

        ComplaintStatus status = wechat().getComplaintStatus(ask(replied.getTicketNumber(), codeOf(replied)))
                .getComplaintStatus();

        assertThat(status.getStage()).isEqualTo(ComplaintStatus.Stage.STAGE_REPLIED);
        assertThat(status.getReply().getContent()).isEqualTo(replied.getHandling().getReply().getContent());
        assertThat(status.getReply().getReplyTime()).isEqualTo(replied.getHandling().getReply().getReplyTime());
        assertThat(status.hasReplyDueTime()).isFalse();
        assertThat(status.getCallbackDueTime()).isEqualTo(ClockReadings.clock(replied, Clock.Kind.KIND_CALLBACK).getDueTime());
        String everything = TextFormat.printer().escapingNonAscii(false).printToString(status);
        assertThat(everything).doesNotContain("agent-007", "handler-li", "supervisor-chen", "gridco",
                "metering", "王小明", "13800138000", "南京市", "A metering technician", "estimated, not read",
                "Re-read the meter", "Called; agreed");
    }

    @Test
    void a_wrong_code_and_an_unknown_ticket_get_the_same_not_found() {
        Complaint c = life.accept(registered());
        String unknownTicket = "TS20261123999999";

        StatusRuntimeException wrongCode = refusal(wechat(), ask(c.getTicketNumber(), wrongCodeOf(c)));
        StatusRuntimeException noSuchTicket = refusal(wechat(), ask(unknownTicket, codeOf(c)));

        assertThat(wrongCode.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(noSuchTicket.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(ApiClient.details(wrongCode).toBuilder().clearDetails().build())
                .isEqualTo(ApiClient.details(noSuchTicket).toBuilder().clearDetails().build());
        assertThat(detail(wrongCode, ErrorInfo.class)).isEqualTo(detail(noSuchTicket, ErrorInfo.class));
        assertThat(detail(wrongCode, ErrorInfo.class).getReason()).isEqualTo("NO_MATCHING_COMPLAINT");
        assertThat(wrongCode.getStatus().getDescription()).doesNotContain(c.getTicketNumber(), codeOf(c), wrongCodeOf(c));
    }

    @Test
    void repeated_wrong_codes_lock_out_even_the_right_code_until_the_window_passes_and_each_is_logged() {
        Complaint c = life.accept(registered());
        try (var log = new CapturedLog(ComplainantViewGrpcService.class, Level.WARN)) {
            for (int i = 0; i < MAX_PER_TICKET; i++) {
                assertThat(refusal(wechat(), ask(c.getTicketNumber(), wrongCodeOf(c))).getStatus().getCode())
                        .isEqualTo(Status.Code.NOT_FOUND);
                clock.advance(Duration.ofSeconds(1));
            }

            StatusRuntimeException locked = refusal(wechat(), ask(c.getTicketNumber(), codeOf(c)));

            assertThat(locked.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
            assertThat(detail(locked, ErrorInfo.class).getReason()).isEqualTo("TOO_MANY_VERIFICATION_FAILURES");
            // The first of the three failures was 3 seconds ago: 27 seconds of the window are left.
            assertThat(detail(locked, RetryInfo.class).getRetryDelay().getSeconds()).isEqualTo(27);
            List<ILoggingEvent> events = log.events();
            assertThat(events).hasSize(MAX_PER_TICKET + 1);
            assertThat(events).allSatisfy(event -> {
                assertThat(event.getFormattedMessage()).contains(c.getTicketNumber(), "wechat-portal")
                        .doesNotContain(codeOf(c), wrongCodeOf(c));
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
            });
        }

        clock.advance(Duration.ofSeconds(26));
        assertThat(refusal(wechat(), ask(c.getTicketNumber(), codeOf(c))).getStatus().getCode())
                .as("a second before the window passes").isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(wechat().getComplaintStatus(ask(c.getTicketNumber(), codeOf(c))).getComplaintStatus().getStage())
                .isEqualTo(ComplaintStatus.Stage.STAGE_IN_PROGRESS);
    }

    @Test
    void wrong_codes_sent_all_at_once_get_no_more_than_the_limit_checked() throws Exception {
        Complaint c = life.accept(registered());
        int attempts = 16;
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Status.Code>> answers = new ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return refusal(wechat(), ask(c.getTicketNumber(), wrongCodeOf(c))).getStatus().getCode();
                }));
            }
            start.countDown();
            List<Status.Code> codes = new ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get(60, TimeUnit.SECONDS));
            }

            long checked = codes.stream().filter(code -> code == Status.Code.NOT_FOUND).count();
            assertThat(checked).as("codes checked").isLessThanOrEqualTo(MAX_PER_TICKET);
            assertThat(codes).containsOnly(Status.Code.NOT_FOUND, Status.Code.RESOURCE_EXHAUSTED);
            // Every checked code stays a failure; every refused attempt was withdrawn.
            assertThat(TestDatabase.dsl().fetchCount(org.jooq.impl.DSL.table("verification_failure")))
                    .isEqualTo((int) checked);
        }
    }

    @Test
    void a_malformed_code_is_refused_by_name_without_being_counted() {
        Complaint c = life.accept(registered());
        for (int i = 0; i <= MAX_PER_TICKET; i++) {
            StatusRuntimeException bad = refusal(wechat(), ask(c.getTicketNumber(), "12ab"));
            assertThat(bad.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(detail(bad, BadRequest.class).getFieldViolationsList())
                    .extracting(BadRequest.FieldViolation::getField).containsExactly("verification_code");
        }

        assertThat(wechat().getComplaintStatus(ask(c.getTicketNumber(), codeOf(c))).getComplaintStatus().getTicketNumber())
                .isEqualTo(c.getTicketNumber());
    }

    @Test
    void only_a_portal_may_ask_for_the_view() {
        Complaint c = life.accept(registered());

        StatusRuntimeException agent = refusal(portal("agent-007", "AGENT"), ask(c.getTicketNumber(), codeOf(c)));

        assertThat(agent.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(detail(agent, ErrorInfo.class).getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(detail(agent, ErrorInfo.class).getMetadataMap()).containsEntry("permitted_roles", "PORTAL");
    }

    @Test
    void a_portal_token_is_refused_by_every_method_of_every_other_service() throws Exception {
        life.accept(registered());
        List<MethodDescriptor<?, ?>> methods = new ArrayList<>();
        methods.addAll(ComplaintServiceGrpc.getServiceDescriptor().getMethods());
        methods.addAll(CalendarServiceGrpc.getServiceDescriptor().getMethods());
        Metadata portalHeaders = client.tokens.headers("wechat-portal", "PORTAL", "gridco");

        for (MethodDescriptor<?, ?> method : methods) {
            com.google.rpc.Status refused = callWithEmptyRequest(method, portalHeaders);

            assertThat(refused.getCode()).as(method.getFullMethodName()).isEqualTo(Status.Code.PERMISSION_DENIED.value());
            ErrorInfo info = null;
            for (Any any : refused.getDetailsList()) {
                if (any.is(ErrorInfo.class)) {
                    info = any.unpack(ErrorInfo.class);
                }
            }
            assertThat(info).as(method.getFullMethodName()).isNotNull();
            assertThat(info.getReason()).as(method.getFullMethodName()).isEqualTo("ROLE_NOT_PERMITTED");
            assertThat(info.getMetadataMap()).containsEntry("role", "PORTAL");
        }
        assertThat(methods).hasSizeGreaterThan(30);
    }

    /** Calls any method, unary or streaming, with its request message left empty; the status it closes with. */
    @SuppressWarnings("unchecked")
    private static com.google.rpc.Status callWithEmptyRequest(MethodDescriptor<?, ?> descriptor, Metadata headers)
            throws Exception {
        var method = (MethodDescriptor<Object, Object>) descriptor;
        Object request = ((MethodDescriptor.PrototypeMarshaller<Object>) method.getRequestMarshaller()).getMessagePrototype();
        CompletableFuture<com.google.rpc.Status> closed = new CompletableFuture<>();
        ClientCall<Object, Object> call = client.channel.newCall(method, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS));
        call.start(new ClientCall.Listener<>() {
            @Override
            public void onClose(Status status, Metadata trailers) {
                closed.complete(StatusProto.fromStatusAndTrailers(status, trailers));
            }
        }, headers);
        call.request(1);
        call.sendMessage(request);
        call.halfClose();
        return closed.get(15, TimeUnit.SECONDS);
    }
}
