package org.complaintdesk.bootstrap.e2e;

import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.AnalysisReportServiceGrpc;
import org.complaintdesk.api.v1.CalendarServiceGrpc;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEventServiceGrpc;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.ContactPreference;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.bootstrap.ComplaintDesk;

/** A real gRPC client over Netty to the service under test, acting as a given user and role with a token for them. */
final class ApiClient implements AutoCloseable {
    static final Metadata.Key<String> CORRELATION_ID = Metadata.Key.of("x-correlation-id", Metadata.ASCII_STRING_MARSHALLER);

    final ManagedChannel channel;
    final Tokens tokens;

    ApiClient(int port, Tokens tokens) {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        this.tokens = tokens;
    }

    /** A client of a desk started in this process, with the tokens its development issuer mints. */
    ApiClient(ComplaintDesk desk) {
        this(desk.port(), Tokens.of(desk));
    }

    ComplaintServiceGrpc.ComplaintServiceBlockingStub as(String userId, String role) {
        return as(userId, role, "gridco/east");
    }

    ComplaintServiceGrpc.ComplaintServiceBlockingStub as(String userId, String role, String orgUnit) {
        return ComplaintServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(identity(userId, role, orgUnit)))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    private Metadata identity(String userId, String role, String orgUnit) {
        return tokens.headers(userId, role, orgUnit);
    }

    /** A calendar client that calls as the given user, with a token granting the role and unit (null: none). */
    CalendarServiceGrpc.CalendarServiceBlockingStub calendar(String userId, String role, String orgUnit) {
        return CalendarServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(identity(userId, role, orgUnit)))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    /** An event stream client that calls as the given user, with a token granting the role and unit. */
    ComplaintEventServiceGrpc.ComplaintEventServiceStub events(String userId, String role, String orgUnit) {
        return ComplaintEventServiceGrpc.newStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(identity(userId, role, orgUnit)));
    }

    /** An analysis report client that calls as the given user, with a token granting the role and unit. */
    AnalysisReportServiceGrpc.AnalysisReportServiceBlockingStub reports(String userId, String role, String orgUnit) {
        return AnalysisReportServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(identity(userId, role, orgUnit)))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    ComplaintServiceGrpc.ComplaintServiceBlockingStub agent() {
        return as("agent-007", "AGENT");
    }

    static CreateComplaintRequest.Builder create(Complaint.Builder complaint) {
        return CreateComplaintRequest.newBuilder().setRequestId(UUID.randomUUID().toString()).setComplaint(complaint);
    }

    /** A valid level-3 electricity billing complaint by hotline, received an hour ago. */
    static Complaint.Builder billingComplaint() {
        return Complaint.newBuilder()
                .setComplainant(Complainant.newBuilder()
                        .setDisplayName("王小明")
                        .setPhoneNumber("+86 138 0013 8000")
                        .setAccountNumber("3200123456")
                        .setAddress("南京市鼓楼区中山路1号")
                        .setContactPreference(ContactPreference.CONTACT_PREFERENCE_SMS))
                .setChannel(Channel.CHANNEL_HOTLINE)
                .setReceiveTime(timestamp(Instant.now().minusSeconds(3600)))
                .setKind(ComplaintKind.COMPLAINT_KIND_COMPLAINT)
                .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_ELECTRICITY)
                .setNature(Nature.NATURE_BILLING)
                .setTopic("estimated meter reading")
                .setDescription("十月电费是平时的两倍。")
                .setDemand("重新抄表并更正账单。")
                .setOrgUnit("gridco/east");
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static com.google.rpc.Status details(StatusRuntimeException e) {
        return StatusProto.fromThrowable(e);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
