package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;
import static org.complaintdesk.bootstrap.e2e.ApiClient.details;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RequestInfo;
import com.google.rpc.ResourceInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.MetadataUtils;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.CreateComplaintResponse;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.IntakeFacts;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.ListComplaintsResponse;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.PersonalDataDisclosure;
import org.complaintdesk.api.v1.Priority;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Register, get and list complaints through a real Netty gRPC server on a real PostgreSQL. */
class ComplaintApiEndToEndTest {
    @RegisterExtension
    static final RunningDesk running = new RunningDesk();

    private static ApiClient client;

    @BeforeAll
    static void connect() {
        client = running.client();
    }

    @Test
    void a_registered_complaint_gets_a_name_a_ticket_number_and_an_etag() {
        CreateComplaintResponse created = client.agent().createComplaint(create(billingComplaint()).build());

        Complaint c = created.getComplaint();
        assertThat(created.getReplayed()).isFalse();
        assertThat(c.getName()).matches("complaints/[0-9a-f-]{36}");
        assertThat(c.getTicketNumber()).matches("TS\\d{8}\\d{6}");
        assertThat(c.getState()).isEqualTo(Complaint.State.STATE_REGISTERED);
        assertThat(c.getEtag()).isNotBlank();
        assertThat(c.getRegisteredBy()).isEqualTo("agent-007");
        assertThat(c.getComplainant().getPhoneNumber()).isEqualTo("13800138000");
        assertThat(c.getProposedSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_3);
        assertThat(c.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_3);
        assertThat(c.getPriority()).isEqualTo(Priority.PRIORITY_NORMAL);
        assertThat(c.getDescription()).isEqualTo("十月电费是平时的两倍。");
        assertThat(c.hasCreateTime()).isTrue();
    }

    @Test
    void a_retry_with_the_same_request_id_returns_the_same_complaint_and_creates_nothing() {
        CreateComplaintRequest request = create(billingComplaint()).build();
        Complaint first = client.agent().createComplaint(request).getComplaint();

        CreateComplaintResponse retry = client.agent().createComplaint(request);

        assertThat(retry.getReplayed()).isTrue();
        assertThat(retry.getComplaint().getName()).isEqualTo(first.getName());
        assertThat(retry.getComplaint().getTicketNumber()).isEqualTo(first.getTicketNumber());
        assertThat(listAll(ListComplaintsRequest.newBuilder())).hasSize(1);
    }

    @Test
    void concurrent_retries_of_one_request_create_one_complaint() throws Exception {
        CreateComplaintRequest request = create(billingComplaint()).build();
        int clients = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(clients)) {
            List<java.util.concurrent.Future<CreateComplaintResponse>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.agent().createComplaint(request);
                }));
            }
            start.countDown();
            List<CreateComplaintResponse> responses = new ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get());
            }
            assertThat(responses).extracting(r -> r.getComplaint().getName()).containsOnly(responses.getFirst().getComplaint().getName());
            assertThat(responses).filteredOn(r -> !r.getReplayed()).hasSize(1);
        }
        assertThat(listAll(ListComplaintsRequest.newBuilder())).hasSize(1);
    }

    @Test
    void the_same_request_id_with_a_different_complaint_is_refused() {
        CreateComplaintRequest request = create(billingComplaint()).build();
        client.agent().createComplaint(request);

        var e = refused(() -> client.agent().createComplaint(request.toBuilder()
                .setComplaint(request.getComplaint().toBuilder().setTopic("another topic")).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(unpack(e, ErrorInfo.class).getReason()).isEqualTo("REQUEST_ID_REUSED");
        assertThat(listAll(ListComplaintsRequest.newBuilder())).hasSize(1);
    }

    @Test
    void a_complaint_is_found_by_name_and_by_ticket_number() {
        Complaint created = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint();

        Complaint byName = client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(created.getName()).build())
                .getComplaint();
        Complaint byTicket = client.agent().getComplaint(GetComplaintRequest.newBuilder()
                .setName("complaints/" + created.getTicketNumber()).build()).getComplaint();

        assertThat(byName).isEqualTo(created);
        assertThat(byTicket).isEqualTo(created);
    }

    @Test
    void an_unknown_complaint_is_refused_like_one_out_of_reach_with_the_resource_named() {
        String name = "complaints/0196a3b2-0000-7000-8000-000000000000";

        var e = refused(() -> client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(name).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(unpack(e, ErrorInfo.class).getReason()).isEqualTo("COMPLAINT_OUT_OF_REACH");
        ResourceInfo info = unpack(e, ResourceInfo.class);
        assertThat(info.getResourceName()).isEqualTo(name);
        assertThat(info.getResourceType()).isEqualTo("complaintdesk.example.com/Complaint");

        var byTicket = refused(() -> client.agent().getComplaint(
                GetComplaintRequest.newBuilder().setName("complaints/TS20260101999999").build()));
        assertThat(byTicket.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void a_malformed_name_is_an_invalid_argument_on_name() {
        var e = refused(() -> client.agent().getComplaint(GetComplaintRequest.newBuilder().setName("tickets/42").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(unpack(e, BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField).containsExactly("name");
    }

    @Test
    void every_bad_field_is_reported_at_once_and_nothing_is_written() {
        Complaint.Builder bad = billingComplaint()
                .setComplainant(billingComplaint().getComplainant().toBuilder().setPhoneNumber("99999").setDisplayName(" "))
                .setTopic("")
                .setKind(org.complaintdesk.api.v1.ComplaintKind.COMPLAINT_KIND_UNSPECIFIED)
                .setReceiveTime(timestamp(Instant.now().plusSeconds(86_400)))
                .setSeverity(Severity.SEVERITY_LEVEL_1)
                .setOrgUnit("/bad unit");

        var e = refused(() -> client.agent().createComplaint(create(bad).setRequestId("has spaces").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(unpack(e, BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField)
                .containsExactlyInAnyOrder("request_id", "complaint.complainant.phone_number",
                        "complaint.complainant.display_name", "complaint.topic", "complaint.kind", "complaint.org_unit",
                        "complaint.receive_time", "complaint.severity_override_reason");
        assertThat(e.getMessage()).doesNotContain("99999");
        assertThat(listAll(ListComplaintsRequest.newBuilder())).isEmpty();
    }

    @Test
    void rules_that_need_the_whole_intake_are_reported_together() {
        Complaint.Builder bad = billingComplaint()
                .setReceiveTime(timestamp(Instant.now().plusSeconds(86_400)))
                .setSeverity(Severity.SEVERITY_LEVEL_1);

        var e = refused(() -> client.agent().createComplaint(create(bad).build()));

        assertThat(unpack(e, BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField)
                .containsExactlyInAnyOrder("complaint.receive_time", "complaint.severity_override_reason");
    }

    @Test
    void an_override_of_the_proposed_severity_with_a_reason_is_kept() {
        Complaint c = client.agent().createComplaint(create(billingComplaint()
                .setIntakeFacts(IntakeFacts.newBuilder().setWideAreaQualityProblem(true))
                .setSeverity(Severity.SEVERITY_LEVEL_1)
                .setSeverityOverrideReason("hospital on the affected feeder")).build()).getComplaint();

        assertThat(c.getProposedSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_2);
        assertThat(c.getSeverity()).isEqualTo(Severity.SEVERITY_LEVEL_1);
        assertThat(c.getSeverityOverrideReason()).isEqualTo("hospital on the affected feeder");
        assertThat(c.getPriority()).isEqualTo(Priority.PRIORITY_URGENT);
    }

    @Test
    void registering_without_a_user_id_is_unauthenticated() {
        var e = refused(() -> client.as(null, "AGENT").createComplaint(create(billingComplaint()).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(listAll(ListComplaintsRequest.newBuilder())).isEmpty();
    }

    @Test
    void an_auditor_sees_the_complainant_masked() {
        Complaint created = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint();

        Complaint seen = client.as("auditor-1", "AUDITOR")
                .getComplaint(GetComplaintRequest.newBuilder().setName(created.getName()).build()).getComplaint();

        assertThat(seen.getComplainant().getPhoneNumber()).isEqualTo("138****8000");
        assertThat(seen.getComplainant().getDisplayName()).isEqualTo("王*明");
        assertThat(seen.getComplainant().getAddress()).doesNotContain("中山路").endsWith("***");
        assertThat(seen.getDescription()).isEqualTo("***");
        assertThat(seen.getPersonalDataDisclosure()).isEqualTo(PersonalDataDisclosure.PERSONAL_DATA_DISCLOSURE_MASKED);
        assertThat(seen.getTicketNumber()).isEqualTo(created.getTicketNumber());
    }

    @Test
    void every_answer_carries_a_correlation_id() {
        AtomicReference<Metadata> headers = new AtomicReference<>();
        AtomicReference<Metadata> trailers = new AtomicReference<>();
        var stub = client.agent().withInterceptors(MetadataUtils.newCaptureMetadataInterceptor(headers, trailers));

        stub.createComplaint(create(billingComplaint()).build());
        assertThat(headers.get().get(ApiClient.CORRELATION_ID)).isNotBlank();

        headers.set(null);
        trailers.set(null);
        refused(() -> stub.getComplaint(GetComplaintRequest.newBuilder().setName("bad").build()));
        String onFailure = headers.get() != null && headers.get().get(ApiClient.CORRELATION_ID) != null
                ? headers.get().get(ApiClient.CORRELATION_ID) : trailers.get().get(ApiClient.CORRELATION_ID);
        assertThat(onFailure).isNotBlank();
    }

    @Test
    void an_unexpected_failure_is_internal_with_only_a_correlation_id() {
        TestDatabase.Server server = TestDatabase.server();
        Database broken = Database.connect(server.jdbcUrl(), server.user(), server.password(), 2);
        broken.close();
        try (ComplaintDesk brokenDesk = ComplaintDesk.startOn(broken, Clock.systemUTC(), 0);
             ApiClient brokenClient = new ApiClient(brokenDesk)) {

            var e = refused(() -> brokenClient.agent().createComplaint(create(billingComplaint()).build()));

            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
            assertThat(unpack(e, RequestInfo.class).getRequestId()).isNotBlank();
            assertThat(e.getStatus().getDescription()).doesNotContainIgnoringCase("sql")
                    .doesNotContainIgnoringCase("hikari").doesNotContain("Exception");
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void each_list_filter_selects_only_matching_complaints() {
        Instant t0 = Instant.now().minusSeconds(10 * 86_400);
        Complaint water = register(billingComplaint().setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_WATER)
                .setReceiveTime(timestamp(t0)));
        Complaint safety = register(billingComplaint().setNature(Nature.NATURE_SAFETY)
                .setIntakeFacts(IntakeFacts.newBuilder().setSafetyHazard(true)).setReceiveTime(timestamp(t0.plusSeconds(60))));
        Complaint letter = register(billingComplaint().setChannel(Channel.CHANNEL_LETTER)
                .setReceiveTime(timestamp(t0.plusSeconds(120))));
        // The agent of the company registers for any of its units and lists them all.
        Complaint otherUnit = client.as("agent-007", "AGENT", "gridco").createComplaint(create(billingComplaint()
                .setOrgUnit("gridco/west").setReceiveTime(timestamp(t0.plusSeconds(180)))).build()).getComplaint();

        assertThat(names(listAll(ListComplaintsRequest.newBuilder().setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_WATER))))
                .containsExactly(water.getName());
        assertThat(names(listAll(ListComplaintsRequest.newBuilder().setNature(Nature.NATURE_SAFETY))))
                .containsExactly(safety.getName());
        assertThat(names(listAll(ListComplaintsRequest.newBuilder().setSeverity(Severity.SEVERITY_LEVEL_1))))
                .containsExactly(safety.getName());
        assertThat(names(listAll(ListComplaintsRequest.newBuilder().setChannel(Channel.CHANNEL_LETTER))))
                .containsExactly(letter.getName());
        assertThat(names(listAll(ListComplaintsRequest.newBuilder().setOrgUnit("gridco/west"))))
                .containsExactly(otherUnit.getName());
        assertThat(names(listAll(ListComplaintsRequest.newBuilder().setState(Complaint.State.STATE_REGISTERED))))
                .hasSize(4);
        assertThat(names(listAll(ListComplaintsRequest.newBuilder()
                .setReceiveTimeAfter(timestamp(t0.plusSeconds(60)))
                .setReceiveTimeBefore(timestamp(t0.plusSeconds(180))))))
                .containsExactly(letter.getName(), safety.getName());
    }

    @Test
    void pages_cover_every_complaint_once_newest_first() {
        Instant t0 = Instant.now().minusSeconds(86_400);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Pairs share a receipt time so that the tie-break by name is exercised too.
            expected.add(register(billingComplaint().setReceiveTime(timestamp(t0.plusSeconds(i / 2 * 60)))).getName());
        }

        List<Complaint> seen = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListComplaintsResponse page = client.agent().listComplaints(
                    ListComplaintsRequest.newBuilder().setPageSize(5).setPageToken(token).build());
            seen.addAll(page.getComplaintsList());
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty());

        assertThat(pages).isEqualTo(5);
        assertThat(names(seen)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        for (int i = 1; i < seen.size(); i++) {
            Instant previous = instant(seen.get(i - 1));
            Instant current = instant(seen.get(i));
            assertThat(previous).isAfterOrEqualTo(current);
            if (previous.equals(current)) {
                assertThat(seen.get(i - 1).getName()).isGreaterThan(seen.get(i).getName());
            }
        }
    }

    @Test
    void a_page_token_is_refused_with_other_filters_and_when_malformed() {
        for (int i = 0; i < 3; i++) {
            register(billingComplaint());
        }
        String token = client.agent().listComplaints(ListComplaintsRequest.newBuilder().setPageSize(1).build())
                .getNextPageToken();
        assertThat(token).isNotEmpty();

        var otherFilter = refused(() -> client.agent().listComplaints(ListComplaintsRequest.newBuilder()
                .setPageSize(1).setPageToken(token).setNature(Nature.NATURE_BILLING).build()));
        var malformed = refused(() -> client.agent().listComplaints(ListComplaintsRequest.newBuilder()
                .setPageToken("garbage!").build()));
        var negative = refused(() -> client.agent().listComplaints(ListComplaintsRequest.newBuilder()
                .setPageSize(-1).build()));

        for (var e : List.of(otherFilter, malformed)) {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(unpack(e, BadRequest.class).getFieldViolationsList())
                    .extracting(BadRequest.FieldViolation::getField).containsExactly("page_token");
        }
        assertThat(unpack(negative, BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField).containsExactly("page_size");
    }

    @Test
    void the_service_reports_itself_healthy() {
        HealthCheckResponse overall = HealthGrpc.newBlockingStub(client.channel)
                .check(HealthCheckRequest.newBuilder().build());
        HealthCheckResponse complaints = HealthGrpc.newBlockingStub(client.channel)
                .check(HealthCheckRequest.newBuilder().setService("complaintdesk.v1.ComplaintService").build());

        assertThat(overall.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
        assertThat(complaints.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    private static Complaint register(Complaint.Builder complaint) {
        return client.agent().createComplaint(create(complaint).build()).getComplaint();
    }

    private static List<Complaint> listAll(ListComplaintsRequest.Builder request) {
        List<Complaint> all = new ArrayList<>();
        String token = "";
        do {
            ListComplaintsResponse page = client.as("agent-007", "AGENT", "gridco")
                    .listComplaints(request.setPageToken(token).build());
            all.addAll(page.getComplaintsList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return all;
    }

    private static List<String> names(List<Complaint> complaints) {
        return complaints.stream().map(Complaint::getName).toList();
    }

    private static Instant instant(Complaint c) {
        return Instant.ofEpochSecond(c.getReceiveTime().getSeconds(), c.getReceiveTime().getNanos());
    }

    static StatusRuntimeException refused(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("the call should have been refused").isNotNull();
        return e;
    }

    static <T extends com.google.protobuf.Message> T unpack(StatusRuntimeException e, Class<T> type) {
        for (Any any : details(e).getDetailsList()) {
            if (any.is(type)) {
                try {
                    return any.unpack(type);
                } catch (InvalidProtocolBufferException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + details(e).getDetailsList());
    }
}
