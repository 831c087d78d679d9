package org.complaintdesk.bootstrap.e2e;

import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;

/** CreateComplaint with bodies of bytes as they are: a way to send what no generated stub would. */
final class RawCreateComplaint {
    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
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

    static final MethodDescriptor<byte[], byte[]> METHOD =
            ComplaintServiceGrpc.getCreateComplaintMethod().toBuilder(BYTES, BYTES).build();

    private RawCreateComplaint() {
    }
}
