package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;

import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.DispatchComplaintRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests a fuzzer or a careless client sends, through the real Netty server and a default grpc-java client. */
class HostileInputEndToEndTest {
    @RegisterExtension
    static final RunningDesk running = new RunningDesk();

    private static ApiClient client;
    private static Lifecycle lifecycle;

    @BeforeAll
    static void connect() {
        client = running.client();
        lifecycle = new Lifecycle(client);
    }

    @Test
    void a_thousand_blank_co_handling_departments_are_refused_with_small_trailers() {
        Complaint accepted = lifecycle.accept(lifecycle.register(billingComplaint()));
        var trailers = new AtomicReference<Metadata>();
        var request = DispatchComplaintRequest.newBuilder().setName(accepted.getName()).setEtag(accepted.getEtag())
                .setRequestId(Lifecycle.requestId()).setLeadDepartment(Lifecycle.LEAD_DEPARTMENT)
                .addAllCoHandlingDepartments(Collections.nCopies(1_000, " ")).setHandler("handler-li").build();

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () ->
                lifecycle.supervisor().withInterceptors(MetadataUtils.newCaptureMetadataInterceptor(
                        new AtomicReference<>(), trailers)).dispatchComplaint(request));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getStatus().getDescription()).contains("co_handling_departments[0]").contains("more violations");
        assertThat(sizeOf(trailers.get()) + refused.getStatus().getDescription().length()).isLessThan(8_192 / 2);
        assertThat(ApiClient.details(refused).getDetailsCount()).isEqualTo(2);
    }

    @Test
    void a_body_that_is_not_a_protobuf_message_is_invalid_argument_over_netty() {
        var trailers = new AtomicReference<Metadata>();
        var createComplaint = RawCreateComplaint.METHOD;
        // An authenticated caller: the body is read only once the caller is known.
        var channel = ClientInterceptors.intercept(client.channel,
                MetadataUtils.newCaptureMetadataInterceptor(new AtomicReference<>(), trailers),
                MetadataUtils.newAttachHeadersInterceptor(client.tokens.headers("agent-7", "AGENT", "gridco/east")));
        byte[] truncated = {0x12, 0x10, 'a'};

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () ->
                ClientCalls.blockingUnaryCall(channel, createComplaint, CallOptions.DEFAULT, truncated));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(trailers.get().get(ApiClient.CORRELATION_ID)).isNotBlank();
    }

    @Test
    void a_request_above_the_message_size_limit_is_resource_exhausted() {
        var tooLarge = ApiClient.create(billingComplaint().setDescription("电".repeat(2 * 1024 * 1024))).build();

        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () ->
                client.agent().createComplaint(tooLarge));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    }

    /** The bytes the trailers take on the wire, near enough: names and values as sent. */
    static int sizeOf(Metadata metadata) {
        int size = 0;
        for (String key : metadata.keys()) {
            size += key.length();
            if (key.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
                for (byte[] value : metadata.getAll(Metadata.Key.of(key, Metadata.BINARY_BYTE_MARSHALLER))) {
                    size += (value.length * 4 + 2) / 3; // base64
                }
            } else {
                for (String value : metadata.getAll(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER))) {
                    size += value.getBytes(StandardCharsets.US_ASCII).length;
                }
            }
        }
        return size;
    }
}
