package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gRPC port over TLS: people call with bearer tokens, a system account may present a client
 * certificate of the configured CA instead and acts as SYSTEM, named by the certificate.
 */
class TlsEndToEndTest {
    @TempDir
    static Path files;
    private static TestCertificates certificates;
    private static ComplaintDesk desk;

    @BeforeAll
    static void startOverTls() {
        certificates = new TestCertificates(files);
        Path ca = certificates.ca();
        Path server = certificates.server("server");
        desk = ComplaintDesk.start(Config.fromEnvironment(Map.of(
                "COMPLAINTS_PORT", "0", "COMPLAINTS_ADMIN_PORT", "0", "COMPLAINTS_DATA_DIR", files.resolve("data").toString(),
                "COMPLAINTS_TLS_CERT_FILE", server.toString(),
                "COMPLAINTS_TLS_KEY_FILE", certificates.keyOf(server).toString(),
                "COMPLAINTS_TLS_CLIENT_CA_FILE", ca.toString())));
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void a_person_calls_over_tls_with_a_bearer_token() throws Exception {
        ManagedChannel channel = channel(TlsChannelCredentials.newBuilder().trustManager(files.resolve("ca.pem").toFile()).build());
        try {
            var agent = ComplaintServiceGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(
                    Tokens.of(desk).headers("agent-007", "AGENT", "gridco/east")));

            Complaint created = agent.createComplaint(create(billingComplaint()).build()).getComplaint();

            assertThat(created.getRegisteredBy()).isEqualTo("agent-007");
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_system_account_with_a_client_certificate_acts_as_system_for_the_unit_it_names() throws Exception {
        Path client = certificates.client("billing-sync", "CN=billing-sync,OU=gridco/east");
        ManagedChannel channel = channel(TlsChannelCredentials.newBuilder()
                .trustManager(files.resolve("ca.pem").toFile())
                .keyManager(client.toFile(), certificates.keyOf(client).toFile()).build());
        try {
            var system = ComplaintServiceGrpc.newBlockingStub(channel);

            Complaint created = system.createComplaint(create(billingComplaint()).build()).getComplaint();

            assertThat(created.getRegisteredBy()).isEqualTo("billing-sync");
            assertThat(system.getComplaint(GetComplaintRequest.newBuilder().setName(created.getName()).build())
                    .getComplaint().getName()).isEqualTo(created.getName());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void without_a_client_certificate_or_a_token_the_call_is_unauthenticated() throws Exception {
        ManagedChannel channel = channel(TlsChannelCredentials.newBuilder().trustManager(files.resolve("ca.pem").toFile()).build());
        try {
            var nobody = ComplaintServiceGrpc.newBlockingStub(channel);

            var refused = org.assertj.core.api.Assertions.catchThrowableOfType(StatusRuntimeException.class,
                    () -> nobody.getComplaint(GetComplaintRequest.newBuilder().setName("complaints/TS20261123000001").build()));

            assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static ManagedChannel channel(ChannelCredentials credentials) {
        return Grpc.newChannelBuilderForAddress("localhost", desk.port(), credentials).build();
    }
}
