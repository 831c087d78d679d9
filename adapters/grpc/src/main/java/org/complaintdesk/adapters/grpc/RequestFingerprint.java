package org.complaintdesk.adapters.grpc;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.complaintdesk.application.request.RequestId;

/**
 * What a retry must repeat exactly (AIP-155): SHA-256 of the request without its
 * {@code request_id}, in protobuf's deterministic serialisation so that equal requests give
 * equal bytes. Stored with the request id, so the recipe must not change: a different hash for
 * an unchanged request would turn an honest retry into REQUEST_ID_REUSED.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** The fingerprint of a request message that has a {@code request_id} field. */
    static String of(Message request) {
        FieldDescriptor requestId = request.getDescriptorForType().findFieldByName(RequestId.FIELD);
        if (requestId == null) {
            throw new IllegalArgumentException(request.getDescriptorForType().getFullName() + " has no request_id");
        }
        var bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.useDeterministicSerialization();
        try {
            request.toBuilder().clearField(requestId).build().writeTo(out);
            out.flush();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
