package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.ErrorInfo;
import com.google.rpc.RequestInfo;
import com.google.rpc.ResourceInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.CreateComplaintResponse;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.ListComplaintsResponse;
import org.complaintdesk.api.v1.PersonalDataDisclosure;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.application.port.out.ComplaintSearch;
import org.complaintdesk.application.testing.InMemoryComplaintStore;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register's methods through the real gRPC stack, in process, over the real use cases and an in-memory register. */
class ComplaintGrpcServiceTest {
    private InProcessDesk desk;
    private InMemoryComplaintStore register;

    @BeforeEach
    void start() throws IOException {
        startServer(null);
    }

    @AfterEach
    void stop() throws InterruptedException {
        desk.close();
    }

    @Test
    void a_registered_complaint_can_be_read_by_its_name_and_by_its_ticket_number() {
        CreateComplaintResponse created = as("agent-7", "AGENT").createComplaint(Requests.heatingComplaint("req-1").build());

        Complaint complaint = created.getComplaint();
        assertThat(created.getReplayed()).isFalse();
        assertThat(complaint.getName()).matches("complaints/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(complaint.getTicketNumber()).isEqualTo("TS20261123000001");
        assertThat(complaint.getState()).isEqualTo(Complaint.State.STATE_REGISTERED);
        assertThat(complaint.getProposedSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_3);
        assertThat(complaint.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_3);
        assertThat(complaint.getPriority()).isEqualTo(Priority.PRIORITY_NORMAL);
        assertThat(complaint.getEtag()).isEqualTo("1");
        assertThat(complaint.getRegisteredBy()).isEqualTo("agent-7");
        assertThat(complaint.getCreateTime()).isEqualTo(Requests.timestamp(Requests.NOW));
        assertThat(complaint.getComplainant().getPhoneNumber()).isEqualTo("13812345678");

        var reader = as("handler-3", "HANDLER");
        assertThat(reader.getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build()).getComplaint())
                .isEqualTo(complaint);
        assertThat(reader.getComplaint(GetComplaintRequest.newBuilder()
                .setName("complaints/" + complaint.getTicketNumber()).build()).getComplaint())
                .isEqualTo(complaint);
    }

    @Test
    void a_retry_with_the_same_request_id_replays_the_first_registration() {
        var agent = as("agent-7", "AGENT");
        CreateComplaintResponse first = agent.createComplaint(Requests.heatingComplaint("req-1").build());

        CreateComplaintResponse retry = agent.createComplaint(Requests.heatingComplaint("req-1").build());

        assertThat(retry.getReplayed()).isTrue();
        assertThat(retry.getComplaint()).isEqualTo(first.getComplaint());
        assertThat(register.size()).isEqualTo(1);
    }

    @Test
    void a_request_id_reused_for_another_complaint_is_refused_and_creates_nothing() {
        var agent = as("agent-7", "AGENT");
        agent.createComplaint(Requests.heatingComplaint("req-1").build());

        StatusRuntimeException refused = failure(() -> agent.createComplaint(Requests.everyFieldSet("req-1")
                .setComplaint(Requests.everyFieldSet("req-1").getComplaint().toBuilder().setOrgUnit(Requests.OWNING_UNIT))
                .build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("REQUEST_ID_REUSED");
        assertThat(info.getDomain()).isEqualTo("complaintdesk.example.com");
        assertThat(register.size()).isEqualTo(1);
    }

    @Test
    void registering_with_a_token_that_names_no_user_is_unauthenticated_even_with_bad_input() {
        var anonymous = as(null, "AGENT");

        StatusRuntimeException refused = failure(() ->
                anonymous.createComplaint(CreateComplaintRequest.newBuilder().setRequestId("req-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("TOKEN_CLAIMS_MISSING");
        assertThat(info.getMetadataMap()).containsEntry("claim", "sub");
        assertThat(register.size()).isZero();
    }

    @Test
    void bad_input_is_answered_with_a_bad_request_that_lists_every_bad_field() {
        CreateComplaintRequest request = Requests.heatingComplaint("")
                .setComplaint(Requests.heatingComplaint("").getComplaint().toBuilder()
                        .setComplainant(Requests.heatingComplaint("").getComplaint().getComplainant().toBuilder()
                                .setPhoneNumber("12345"))
                        .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_UNSPECIFIED)
                        .clearReceiveTime()
                        .setTopic(""))
                .build();

        StatusRuntimeException refused = failure(() -> as("agent-7", "AGENT").createComplaint(request));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "request_id REQUIRED",
                "complaint.complainant.phone_number FORMAT",
                "complaint.utility_domain REQUIRED",
                "complaint.receive_time REQUIRED",
                "complaint.topic REQUIRED");
    }

    @Test
    void rules_of_the_complaint_itself_are_reported_under_the_complaint_path() {
        CreateComplaintRequest request = Requests.heatingComplaint("req-1")
                .setComplaint(Requests.heatingComplaint("req-1").getComplaint().toBuilder()
                        .setReceiveTime(Requests.timestamp(Requests.NOW.plus(Duration.ofHours(1))))
                        .setSeverity(Severity.SEVERITY_LEVEL_1))
                .build();

        StatusRuntimeException refused = failure(() -> as("agent-7", "AGENT").createComplaint(request));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactlyInAnyOrder(
                "complaint.receive_time RECEIVED_IN_FUTURE",
                "complaint.severity_override_reason SEVERITY_OVERRIDE_NEEDS_REASON");
    }

    @Test
    void an_unknown_complaint_is_refused_as_out_of_reach_with_the_resource_as_requested() {
        String name = "complaints/0f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60";

        StatusRuntimeException refused = failure(() ->
                as("reader-1", "AUDITOR").getComplaint(GetComplaintRequest.newBuilder().setName(name).build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getReason())
                .isEqualTo("COMPLAINT_OUT_OF_REACH");
        ResourceInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ResourceInfo.class);
        assertThat(info.getResourceType()).isEqualTo("complaintdesk.example.com/Complaint");
        assertThat(info.getResourceName()).isEqualTo(name);
    }

    @Test
    void an_unknown_ticket_number_is_refused_under_the_alias_as_requested() {
        StatusRuntimeException refused = failure(() -> as("reader-1", "AUDITOR")
                .getComplaint(GetComplaintRequest.newBuilder().setName("complaints/TS20261123000999").build()));

        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ResourceInfo.class).getResourceName())
                .isEqualTo("complaints/TS20261123000999");
    }

    @Test
    void a_name_of_another_form_is_a_bad_request_on_name() {
        StatusRuntimeException refused = failure(() ->
                as("reader-1", "AUDITOR").getComplaint(GetComplaintRequest.newBuilder().setName("tickets/42").build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("name FORMAT");
    }

    @Test
    void the_correlation_id_comes_back_in_the_headers_of_a_success_and_the_trailers_of_a_failure() {
        as("agent-7", "AGENT").createComplaint(Requests.heatingComplaint("req-1").build());
        String success = desk.responseHeaders.get().get(CallContextInterceptor.CORRELATION_ID);

        failure(() -> as(null, "AGENT").createComplaint(Requests.heatingComplaint("req-2").build()));
        String failed = desk.responseTrailers.get().get(CallContextInterceptor.CORRELATION_ID);

        assertThat(success).matches("[0-9a-f-]{36}");
        assertThat(failed).matches("[0-9a-f-]{36}").isNotEqualTo(success);
    }

    @Test
    void a_correlation_id_sent_by_the_caller_is_kept_and_a_malformed_one_replaced() {
        var headers = identity("agent-7", "AGENT");
        headers.put(CallContextInterceptor.CORRELATION_ID, "hotline.call-2026_11_23.0042");
        stub(headers).createComplaint(Requests.heatingComplaint("req-1").build());
        assertThat(desk.responseHeaders.get().get(CallContextInterceptor.CORRELATION_ID))
                .isEqualTo("hotline.call-2026_11_23.0042");

        var forged = identity(null, null);
        forged.put(CallContextInterceptor.CORRELATION_ID, "x".repeat(65));
        failure(() -> stub(forged).getComplaint(GetComplaintRequest.newBuilder().setName("nope").build()));
        assertThat(desk.responseTrailers.get().get(CallContextInterceptor.CORRELATION_ID)).matches("[0-9a-f-]{36}");
    }

    @Test
    void an_unknown_role_is_a_bad_request_on_the_role_header_that_still_carries_the_correlation_id() {
        var headers = identity("agent-7", "AGENT");
        headers.put(CallContextInterceptor.USER_ROLE, "janitor");

        StatusRuntimeException refused = failure(() -> stub(headers).createComplaint(Requests.heatingComplaint("req-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).containsExactly("x-user-role FORMAT");
        assertThat(refused.getTrailers().get(CallContextInterceptor.CORRELATION_ID)).isNotBlank();
        assertThat(register.size()).isZero();
    }

    @Test
    void an_auditor_sees_the_complainant_masked() {
        String name = as("agent-7", "AGENT").createComplaint(Requests.heatingComplaint("req-1").build()).getComplaint().getName();

        Complaint seen = as("auditor-1", "auditor").getComplaint(GetComplaintRequest.newBuilder().setName(name).build()).getComplaint();

        assertThat(seen.getComplainant().getDisplayName()).isEqualTo("张*");
        assertThat(seen.getComplainant().getPhoneNumber()).isEqualTo("138****5678");
        assertThat(seen.getComplainant().getAddress()).isEqualTo("北京市朝阳区***");
        assertThat(seen.getDescription()).isEqualTo("***");
        assertThat(seen.getDemand()).isEqualTo("***");
        assertThat(seen.getPersonalDataDisclosure()).isEqualTo(PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_MASKED);
        assertThat(seen.getTopic()).isEqualTo("heating too cold");
        assertThat(desk.accessLog.all()).extracting(a -> a.method()).containsExactly("CreateComplaint");
    }

    @Test
    void a_read_without_a_role_is_refused_as_unidentified() {
        as("agent-7", "AGENT").createComplaint(Requests.heatingComplaint("req-1").build());

        StatusRuntimeException refused = failure(() ->
                as("reader-1", null).listComplaints(ListComplaintsRequest.getDefaultInstance()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class).getMetadataMap())
                .containsEntry("header", "x-user-role");
    }

    @Test
    void paging_through_the_register_shows_every_complaint_once_newest_first() {
        var agent = as("agent-7", "AGENT");
        for (int i = 0; i < 5; i++) {
            agent.createComplaint(Requests.heatingComplaint("req-" + i)
                    .setComplaint(Requests.heatingComplaint("req-" + i).getComplaint().toBuilder()
                            .setReceiveTime(Requests.timestamp(Requests.RECEIVED.minus(Duration.ofMinutes(i)))))
                    .build());
        }
        var reader = as("supervisor-1", "SUPERVISOR");
        List<String> tickets = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListComplaintsResponse page = reader.listComplaints(ListComplaintsRequest.newBuilder()
                    .setPageSize(2).setPageToken(token).setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_HEATING).build());
            page.getComplaintsList().forEach(c -> tickets.add(c.getTicketNumber()));
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty());

        assertThat(pages).isEqualTo(3);
        assertThat(tickets).containsExactly("TS20261123000001", "TS20261123000002", "TS20261123000003",
                "TS20261123000004", "TS20261123000005");
    }

    @Test
    void a_page_token_sent_with_other_filters_is_refused() {
        var agent = as("agent-7", "AGENT");
        agent.createComplaint(Requests.heatingComplaint("req-1").build());
        agent.createComplaint(Requests.heatingComplaint("req-2").setComplaint(Requests.heatingComplaint("req-2")
                .getComplaint().toBuilder().setTopic("another")).build());
        String token = agent.listComplaints(ListComplaintsRequest.newBuilder().setPageSize(1).build()).getNextPageToken();

        StatusRuntimeException refused = failure(() -> agent.listComplaints(ListComplaintsRequest.newBuilder()
                .setPageToken(token).setOrgUnit("HEAT-SOUTH").build()));

        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused)))
                .containsExactly("page_token PAGE_TOKEN_FILTER_MISMATCH");
    }

    @Test
    void a_failing_store_is_answered_with_internal_and_the_correlation_id_only() throws Exception {
        stop();
        startServer(new ComplaintSearch() {
            @Override
            public List<org.complaintdesk.domain.complaint.Complaint> list(ComplaintFilter filter, int limit, Optional<PageCursor> after) {
                throw new IllegalStateException("relation \"complaint\" does not exist");
            }

            @Override
            public List<org.complaintdesk.domain.complaint.Complaint> listReachedBy(OrgUnitId unit, ComplaintFilter filter, int limit,
                                                 Optional<PageCursor> after) {
                throw new IllegalStateException("relation \"complaint_scope\" does not exist");
            }
        });

        StatusRuntimeException refused = failure(() ->
                as("reader-1", "AUDITOR").listComplaints(ListComplaintsRequest.getDefaultInstance()));

        String correlationId = refused.getTrailers().get(CallContextInterceptor.CORRELATION_ID);
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(refused.getStatus().getDescription()).isEqualTo("internal error; correlation id " + correlationId);
        assertThat(StatusDetails.only(StatusProto.fromThrowable(refused), RequestInfo.class).getRequestId())
                .isEqualTo(correlationId);
    }

    private void startServer(ComplaintSearch search) throws IOException {
        desk = new InProcessDesk(search);
        register = desk.store;
    }

    /** A client that calls as the given user and role; null leaves the header out. */
    private ComplaintServiceGrpc.ComplaintServiceBlockingStub as(String userId, String role) {
        return desk.as(userId, role);
    }

    private ComplaintServiceGrpc.ComplaintServiceBlockingStub stub(Metadata headers) {
        return desk.stub(headers);
    }

    private static Metadata identity(String userId, String role) {
        return InProcessDesk.identity(userId, role, Requests.OWNING_UNIT);
    }

    private static StatusRuntimeException failure(Runnable call) {
        return InProcessDesk.failure(call);
    }
}
