package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RequestInfo;
import com.google.rpc.Status;
import io.grpc.CallOptions;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Bodies that are not protobuf messages of the method's request type, as a fuzzer sends them. */
class MalformedRequestTest {
    // request_id (field 2, a string) holding 0xC3 0x28, which is not UTF-8.
    private static final byte[] INVALID_UTF8 = {0x12, 0x02, (byte) 0xC3, 0x28};
    // request_id announced with 16 bytes, followed by one.
    private static final byte[] TRUNCATED = {0x12, 0x10, 'a'};
    // a varint of eleven bytes; ten is the most protobuf allows.
    private static final byte[] OVERLONG_VARINT = {0x18, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01};

    private InProcessDesk desk;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(MalformedRequestGuard.class);

    @BeforeEach
    void start() throws IOException {
        desk = new InProcessDesk();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() throws InterruptedException {
        logger.detachAppender(log);
        desk.close();
    }

    @Test
    void a_string_that_is_not_utf8_is_invalid_argument_with_the_correlation_id() {
        var trailers = new AtomicReference<Metadata>();

        StatusRuntimeException refused = InProcessDesk.failure(() -> createComplaintWith(INVALID_UTF8, trailers));

        Status status = StatusProto.fromThrowable(refused);
        assertThat(status.getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
        assertThat(status.getMessage())
                .isEqualTo("the request body is not a valid complaintdesk.v1.CreateComplaintRequest message");
        assertThat(StatusDetails.only(status, ErrorInfo.class).getReason()).isEqualTo("MALFORMED_REQUEST");
        String correlationId = trailers.get().get(CallContextInterceptor.CORRELATION_ID);
        assertThat(correlationId).isNotBlank();
        assertThat(StatusDetails.only(status, RequestInfo.class).getRequestId()).isEqualTo(correlationId);
    }

    @Test
    void a_truncated_body_is_invalid_argument() {
        StatusRuntimeException refused = InProcessDesk.failure(() -> createComplaintWith(TRUNCATED, new AtomicReference<>()));

        assertThat(refused.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void an_overlong_varint_is_invalid_argument() {
        StatusRuntimeException refused = InProcessDesk.failure(() -> createComplaintWith(OVERLONG_VARINT, new AtomicReference<>()));

        assertThat(refused.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void a_flood_of_malformed_bodies_writes_one_line_to_the_log() {
        for (int i = 0; i < 50; i++) {
            InProcessDesk.failure(() -> createComplaintWith(TRUNCATED, new AtomicReference<>()));
        }

        assertThat(log.list).hasSizeLessThanOrEqualTo(1);
        assertThat(log.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
    }

    @Test
    void a_well_formed_body_still_reaches_the_service() {
        StatusRuntimeException refused = InProcessDesk.failure(() -> createComplaintWith(new byte[0], new AtomicReference<>()));

        // An empty body is a valid, empty request: the service itself judges it.
        assertThat(StatusDetails.violations(StatusProto.fromThrowable(refused))).contains("request_id REQUIRED");
    }

    private void createComplaintWith(byte[] body, AtomicReference<Metadata> trailers) {
        var createComplaint = ComplaintServiceGrpc.getCreateComplaintMethod().toBuilder(RAW, RAW).build();
        var channel = io.grpc.ClientInterceptors.intercept(desk.channel(),
                MetadataUtils.newAttachHeadersInterceptor(InProcessDesk.identity("agent-007", "AGENT", "gridco/east/cs")),
                MetadataUtils.newCaptureMetadataInterceptor(new AtomicReference<>(), trailers));
        ClientCalls.blockingUnaryCall(channel, createComplaint, CallOptions.DEFAULT, body);
    }

    private static final MethodDescriptor.Marshaller<byte[]> RAW = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
}
