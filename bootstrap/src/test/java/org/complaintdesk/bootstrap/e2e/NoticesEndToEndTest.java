package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.SHANGHAI;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.clock;
import static org.complaintdesk.bootstrap.e2e.ClockReadings.read;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.api.v1.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notices to the complainant, issued with the steps and reported on by the gateways, through the real server and PostgreSQL. */
class NoticesEndToEndTest {
    @RegisterExtension
    static final RunningDesk running = new RunningDesk();
    private static final DateTimeFormatter NOTICE_TIME = DateTimeFormatter.ofPattern("M月d日HH:mm");

    private static ApiClient client;
    private static Lifecycle life;
    private static ComplaintServiceGrpc.ComplaintServiceBlockingStub smsGateway;

    @BeforeAll
    static void connect() {
        client = running.client();
        life = new Lifecycle(client);
        smsGateway = client.as("sms-gateway", "SYSTEM", "gridco");
    }

    private static List<Notice> notices(Complaint c) {
        return client.agent().listComplaintNotices(ListComplaintNoticesRequest.newBuilder().setParent(c.getName()).build())
                .getNoticesList();
    }

    private static ReportNoticeDeliveryResponse report(ComplaintServiceGrpc.ComplaintServiceBlockingStub as, Notice notice,
                                                       String requestId, Notice.Outcome outcome, String reason) {
        return as.reportNoticeDelivery(ReportNoticeDeliveryRequest.newBuilder().setName(notice.getName())
                .setRequestId(requestId).setOutcome(outcome).setFailureReason(reason).build());
    }

    @Test
    void a_decline_texts_the_complainant_who_prefers_sms_with_the_ticket_the_reason_and_where_to_turn() {
        Complaint declined = life.decline(life.register(billingComplaint()), DeclineReason.DECLINE_REASON_OTHER_BODYS_DUTY);

        assertThat(notices(declined)).singleElement().satisfies(notice -> {
            assertThat(notice.getName()).startsWith(declined.getName() + "/notices/");
            assertThat(notice.getKind()).isEqualTo(Notice.Kind.KIND_DECLINE);
            assertThat(notice.getChannel()).isEqualTo(Notice.Channel.CHANNEL_SMS);
            assertThat(notice.getTicketNumber()).isEqualTo(declined.getTicketNumber());
            assertThat(notice.getText()).contains(declined.getTicketNumber(), "不属于本单位职责范围", "12319");
            assertThat(notice.getOutcome()).isEqualTo(Notice.Outcome.OUTCOME_UNSPECIFIED);
            assertThat(notice.getConfirmTime().getSeconds() - notice.getIssueTime().getSeconds()).isEqualTo(30 * 60);
        });
    }

    @Test
    void the_reply_tells_until_when_a_review_may_be_asked_for_and_invites_to_the_callback_by_the_callback_clocks_due() {
        Complaint c = life.propose(life.find(life.investigate(life.contact(life.dispatch(life.accept(
                life.register(billingComplaint()))))), Responsibility.RESPONSIBILITY_COMPANY));
        Complaint replied = read(client, life.reply(c));

        Instant callbackDue = Instant.ofEpochSecond(clock(replied, Clock.Kind.KIND_CALLBACK).getDueTime().getSeconds());
        assertThat(notices(replied)).extracting(Notice::getKind).containsExactly(Notice.Kind.KIND_ACCEPTANCE,
                Notice.Kind.KIND_REPLY, Notice.Kind.KIND_CALLBACK_INVITATION);
        assertThat(notices(replied).get(2).getText()).contains(NOTICE_TIME.format(callbackDue.atZone(SHANGHAI)) + "前回访");
    }

    @Test
    void a_gateways_delivery_report_shows_on_the_notice_and_on_the_timeline_and_a_retry_is_replayed()
            throws InvalidProtocolBufferException {
        Complaint declined = life.decline(life.register(billingComplaint()), DeclineReason.DECLINE_REASON_DUPLICATE);
        Notice notice = notices(declined).getFirst();

        ReportNoticeDeliveryResponse reported = report(smsGateway, notice, "dlr-1", Notice.Outcome.OUTCOME_DELIVERED, "");
        ReportNoticeDeliveryResponse retried = report(smsGateway, notice, "dlr-1", Notice.Outcome.OUTCOME_DELIVERED, "");

        assertThat(reported.getReplayed()).isFalse();
        assertThat(reported.getNotice().getOutcome()).isEqualTo(Notice.Outcome.OUTCOME_DELIVERED);
        assertThat(reported.getNotice().hasOutcomeTime()).isTrue();
        assertThat(retried.getReplayed()).isTrue();
        assertThat(retried.getNotice()).isEqualTo(reported.getNotice());
        assertThat(notices(declined).getFirst().getOutcome()).isEqualTo(Notice.Outcome.OUTCOME_DELIVERED);
        List<ComplaintEvent> timeline = life.timeline(declined);
        assertThat(timeline).extracting(ComplaintEvent::getType).containsExactly(ComplaintEvent.Type.TYPE_REGISTERED,
                ComplaintEvent.Type.TYPE_DECLINED, ComplaintEvent.Type.TYPE_NOTICE_DELIVERED);
        assertThat(timeline.getLast().getNoticeDelivered().getNotice()).isEqualTo(notice.getName());
        assertThat(timeline.getLast().getActor().getUserId()).isEqualTo("sms-gateway");
        assertThat(timeline.getLast().getStateAfter()).isEqualTo(Complaint.State.STATE_DECLINED);

        StatusRuntimeException again = catchThrowableOfType(StatusRuntimeException.class,
                () -> report(smsGateway, notice, "dlr-2", Notice.Outcome.OUTCOME_FAILED, "bounced"));
        assertThat(again.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(reason(again)).isEqualTo("NOTICE_ALREADY_REPORTED");
    }

    @Test
    void a_failure_is_recorded_with_the_gateways_reason_and_only_a_system_reports_on_a_known_notice()
            throws InvalidProtocolBufferException {
        Complaint declined = life.decline(life.register(billingComplaint()), DeclineReason.DECLINE_REASON_DUPLICATE);
        Notice notice = notices(declined).getFirst();

        StatusRuntimeException byAgent = catchThrowableOfType(StatusRuntimeException.class,
                () -> report(client.agent(), notice, "dlr-1", Notice.Outcome.OUTCOME_DELIVERED, ""));
        assertThat(byAgent.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        String unknown = declined.getName() + "/notices/" + UUID.randomUUID();
        StatusRuntimeException notFound = catchThrowableOfType(StatusRuntimeException.class,
                () -> report(smsGateway, notice.toBuilder().setName(unknown).build(), "dlr-2",
                        Notice.Outcome.OUTCOME_DELIVERED, ""));
        assertThat(notFound.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        StatusRuntimeException noReason = catchThrowableOfType(StatusRuntimeException.class,
                () -> report(smsGateway, notice, "dlr-3", Notice.Outcome.OUTCOME_FAILED, ""));
        assertThat(noReason.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);

        report(smsGateway, notice, "dlr-4", Notice.Outcome.OUTCOME_FAILED, "号码已停机");

        assertThat(notices(declined).getFirst().getOutcome()).isEqualTo(Notice.Outcome.OUTCOME_FAILED);
        ComplaintEvent failed = life.timeline(declined).getLast();
        assertThat(failed.getType()).isEqualTo(ComplaintEvent.Type.TYPE_NOTICE_FAILED);
        assertThat(failed.getNote()).isEqualTo("号码已停机");
        assertThat(failed.getNoticeFailed().getNotice()).isEqualTo(notice.getName());
    }

    private static String reason(StatusRuntimeException e) throws InvalidProtocolBufferException {
        for (var detail : ApiClient.details(e).getDetailsList()) {
            if (detail.is(ErrorInfo.class)) {
                return detail.unpack(ErrorInfo.class).getReason();
            }
        }
        return "";
    }

    @Test
    void an_acceptance_by_phone_texts_the_ticket_number_and_the_reply_due_time_its_reply_clock_shows() {
        Complaint registered = life.register(billingComplaint().setComplainant(billingComplaint().getComplainant()
                .toBuilder().setContactPreference(ContactPreference.CONTACT_PREFERENCE_PHONE)));
        Complaint accepted = read(client, life.accept(registered));

        Instant replyDue = Instant.ofEpochSecond(clock(accepted, Clock.Kind.KIND_REPLY).getDueTime().getSeconds());
        assertThat(notices(accepted)).singleElement().satisfies(notice -> {
            assertThat(notice.getKind()).isEqualTo(Notice.Kind.KIND_ACCEPTANCE);
            assertThat(notice.getChannel()).isEqualTo(Notice.Channel.CHANNEL_SMS);
            assertThat(notice.getText()).contains(accepted.getTicketNumber(),
                    NOTICE_TIME.format(replyDue.atZone(SHANGHAI)) + "前答复");
            assertThat(notice.getText()).containsPattern("查询码\\d{6}");
        });
    }

    @Test
    void the_acceptance_sms_reaches_the_gateway_on_the_stream_with_its_recipient_and_its_code_opens_the_public_view()
            throws Exception {
        var responses = new java.util.concurrent.LinkedBlockingQueue<StreamComplaintEventsResponse>();
        var gateway = client.events("sms-gateway", "SYSTEM", "gridco");
        var call = new io.grpc.stub.ClientResponseObserver<StreamComplaintEventsRequest, StreamComplaintEventsResponse>() {
            io.grpc.stub.ClientCallStreamObserver<StreamComplaintEventsRequest> stream;

            @Override
            public void beforeStart(io.grpc.stub.ClientCallStreamObserver<StreamComplaintEventsRequest> requests) {
                stream = requests;
            }

            @Override
            public void onNext(StreamComplaintEventsResponse response) {
                responses.add(response);
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onCompleted() {
            }
        };
        gateway.streamComplaintEvents(StreamComplaintEventsRequest.newBuilder().setNotices(true).setStartFromNow(true)
                .build(), call);
        assertThat(responses.poll(20, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();

        Complaint accepted = life.accept(life.register(billingComplaint().setComplainant(billingComplaint()
                .getComplainant().toBuilder().setContactPreference(ContactPreference.CONTACT_PREFERENCE_SMS))));

        StreamComplaintEventsResponse response = responses.poll(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response).isNotNull();
        call.stream.cancel("done", null);
        Notice notice = response.getEvents(0).getNotice();
        assertThat(response.getEventsList()).singleElement()
                .satisfies(e -> assertThat(e.getComplaint()).isEqualTo(accepted.getName()));
        assertThat(notice.getKind()).isEqualTo(Notice.Kind.KIND_ACCEPTANCE);
        assertThat(notice.getRecipientPhoneNumber().replaceAll("\\D", "")).endsWith("13800138000");
        assertThat(notice.getText()).contains(accepted.getTicketNumber());

        var code = java.util.regex.Pattern.compile("查询码(\\d{6})").matcher(notice.getText());
        assertThat(code.find()).isTrue();
        ComplaintStatus status = ComplainantViewServiceGrpc.newBlockingStub(client.channel)
                .withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(
                        client.tokens.headers("wechat-portal", "PORTAL", "gridco")))
                .getComplaintStatus(GetComplaintStatusRequest.newBuilder().setTicketNumber(accepted.getTicketNumber())
                        .setVerificationCode(code.group(1)).build())
                .getComplaintStatus();
        assertThat(status.getStage()).isEqualTo(ComplaintStatus.Stage.STAGE_IN_PROGRESS);
    }
}
