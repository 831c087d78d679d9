package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.grpc.InProcessDesk.failure;

import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.IOException;
import java.util.List;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintEventsRequest;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who a caller is, through the real gRPC stack: its token proves it, the headers only choose among what it grants. */
class BearerTokenGrpcTest {
    private InProcessDesk desk;

    @BeforeEach
    void start() throws IOException {
        desk = new InProcessDesk();
    }

    @AfterEach
    void stop() throws InterruptedException {
        desk.close();
    }

    @Test
    void a_call_without_a_token_is_unauthenticated_even_to_read() {
        StatusRuntimeException refused = failure(() ->
                desk.stub(new Metadata()).listComplaints(ListComplaintsRequest.getDefaultInstance()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(reason(refused)).isEqualTo("TOKEN_MISSING");
        assertThat(refused.getTrailers().get(CallContextInterceptor.CORRELATION_ID)).isNotBlank();
    }

    @Test
    void identity_headers_without_a_token_are_not_believed() {
        var headers = new Metadata();
        headers.put(CallContextInterceptor.USER_ID, "director-sun");
        headers.put(CallContextInterceptor.USER_ROLE, "DIRECTOR");
        headers.put(CallContextInterceptor.ORG_UNIT, "gridco");

        StatusRuntimeException refused = failure(() -> desk.stub(headers)
                .createComplaint(Requests.heatingComplaint("req-1").build()));

        assertThat(reason(refused)).isEqualTo("TOKEN_MISSING");
        assertThat(desk.store.size()).isZero();
    }

    @Test
    void an_authorization_header_of_another_scheme_is_malformed() {
        var headers = new Metadata();
        headers.put(BearerTokenAuthenticator.AUTHORIZATION, "Basic YWdlbnQ6c2VjcmV0");

        StatusRuntimeException refused = failure(() ->
                desk.stub(headers).listComplaints(ListComplaintsRequest.getDefaultInstance()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(reason(refused)).isEqualTo("TOKEN_MALFORMED");
    }

    @Test
    void a_token_signed_by_a_key_the_service_does_not_trust_is_refused() {
        String token = TestIssuer.sign(TestIssuer.claims("agent-7", List.of("AGENT"), List.of("gridco/east/cs")).build(),
                TestIssuer.generate("someone-elses-key"));

        StatusRuntimeException refused = failure(() ->
                desk.stub(InProcessDesk.bearer(token)).listComplaints(ListComplaintsRequest.getDefaultInstance()));

        assertThat(reason(refused)).isEqualTo("TOKEN_SIGNATURE_INVALID");
        assertThat(refused.getStatus().getDescription()).doesNotContain(token);
    }

    @Test
    void with_several_roles_and_units_granted_the_headers_choose_the_acting_ones_and_the_timeline_records_them() {
        var headers = InProcessDesk.bearer(TestIssuer.token("lin", List.of("AGENT", "SUPERVISOR"),
                List.of("HEAT-SOUTH", Requests.OWNING_UNIT)));
        headers.put(CallContextInterceptor.USER_ROLE, "SUPERVISOR");
        headers.put(CallContextInterceptor.ORG_UNIT, Requests.OWNING_UNIT);

        String name = desk.stub(headers).createComplaint(Requests.heatingComplaint("req-1").build()).getComplaint().getName();

        ComplaintEvent registered = desk.stub(headers)
                .listComplaintEvents(ListComplaintEventsRequest.newBuilder().setParent(name).build()).getEvents(0);
        assertThat(registered.getActor().getUserId()).isEqualTo("lin");
        assertThat(registered.getActor().getRole()).isEqualTo(Role.ROLE_SUPERVISOR);
        assertThat(registered.getActor().getOrgUnit()).isEqualTo(Requests.OWNING_UNIT);
    }

    @Test
    void with_several_roles_granted_and_none_chosen_a_step_asks_for_the_role_header() {
        var headers = InProcessDesk.bearer(TestIssuer.token("lin", List.of("AGENT", "SUPERVISOR"), List.of("gridco/east/cs")));

        StatusRuntimeException refused = failure(() ->
                desk.stub(headers).createComplaint(Requests.heatingComplaint("req-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        ErrorInfo info = errorInfo(refused);
        assertThat(info.getReason()).isEqualTo("CALLER_NOT_IDENTIFIED");
        assertThat(info.getMetadataMap()).containsEntry("header", "x-user-role");
    }

    @Test
    void a_role_the_token_does_not_grant_is_denied() {
        var headers = InProcessDesk.identity("agent-7", "AGENT", "gridco/east/cs");
        headers.put(CallContextInterceptor.USER_ROLE, "DIRECTOR");

        StatusRuntimeException refused = failure(() ->
                desk.stub(headers).getComplaint(GetComplaintRequest.newBuilder().setName("complaints/TS20261123000001").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        ErrorInfo info = errorInfo(refused);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_GRANTED");
        assertThat(info.getMetadataMap()).containsEntry("header", "x-user-role");
    }

    @Test
    void a_unit_the_token_does_not_grant_is_denied() {
        var headers = InProcessDesk.identity("agent-7", "AGENT", "gridco/east/cs");
        headers.put(CallContextInterceptor.ORG_UNIT, "gridco/west/cs");

        StatusRuntimeException refused = failure(() ->
                desk.stub(headers).listComplaints(ListComplaintsRequest.getDefaultInstance()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(reason(refused)).isEqualTo("UNIT_NOT_GRANTED");
    }

    @Test
    void the_user_id_comes_from_the_token_and_a_header_naming_another_is_denied() {
        var headers = InProcessDesk.identity("agent-7", "AGENT", "gridco/east/cs");
        headers.put(CallContextInterceptor.USER_ID, "director-sun");

        StatusRuntimeException refused = failure(() ->
                desk.stub(headers).createComplaint(Requests.heatingComplaint("req-1").build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(reason(refused)).isEqualTo("USER_NOT_TOKEN_SUBJECT");
        assertThat(desk.store.size()).isZero();
    }

    @Test
    void a_token_that_grants_no_role_or_unit_may_neither_read_complaints_nor_register() {
        var reader = desk.as("reader-1", null, null);

        StatusRuntimeException listing = failure(() -> reader.listComplaints(ListComplaintsRequest.getDefaultInstance()));
        assertThat(reason(listing)).isEqualTo("CALLER_NOT_IDENTIFIED");
        assertThat(errorInfo(listing).getMetadataMap()).containsEntry("header", "x-user-role,x-org-unit");
        StatusRuntimeException refused = failure(() -> reader.createComplaint(Requests.heatingComplaint("req-1").build()));
        assertThat(reason(refused)).isEqualTo("CALLER_NOT_IDENTIFIED");
    }

    private static String reason(StatusRuntimeException refused) {
        return errorInfo(refused).getReason();
    }

    private static ErrorInfo errorInfo(StatusRuntimeException refused) {
        return StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
    }
}
