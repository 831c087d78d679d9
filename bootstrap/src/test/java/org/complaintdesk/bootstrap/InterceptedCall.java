package org.complaintdesk.bootstrap;

import io.grpc.Attributes;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs a server interceptor on a call that goes nowhere, to see whether it lets the call through. */
final class InterceptedCall {
    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            return new byte[0];
        }
    };
    private static final MethodDescriptor<byte[], byte[]> METHOD = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName("complaintdesk.v1.CalendarService/GetCalendarYear")
            .setRequestMarshaller(BYTES).setResponseMarshaller(BYTES).build();

    private InterceptedCall() {
    }

    static boolean passes(ServerInterceptor interceptor, Metadata headers) {
        AtomicBoolean reached = new AtomicBoolean();
        ServerCallHandler<byte[], byte[]> service = (call, metadata) -> {
            reached.set(true);
            return new ServerCall.Listener<>() {
            };
        };
        interceptor.interceptCall(new NowhereCall(), headers, service);
        return reached.get();
    }

    private static final class NowhereCall extends ServerCall<byte[], byte[]> {
        @Override
        public void request(int numMessages) {
        }

        @Override
        public void sendHeaders(Metadata headers) {
        }

        @Override
        public void sendMessage(byte[] message) {
        }

        @Override
        public void close(Status status, Metadata trailers) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public Attributes getAttributes() {
            return Attributes.EMPTY;
        }

        @Override
        public MethodDescriptor<byte[], byte[]> getMethodDescriptor() {
            return METHOD;
        }
    }
}
