package org.complaintdesk.adapters.grpc;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The envelope of this service's opaque page tokens (AIP-158): url-safe base64, without padding,
 * of a body that starts with a format byte, followed by a checksum of the body. The checksum
 * catches tokens that were cut, corrupted or edited; it is not a secret, because a token only
 * leads to data the same caller may read anyway.
 */
final class SealedToken {
    static final int CHECKSUM_LENGTH = 8;

    private SealedToken() {
    }

    static String seal(byte[] body) {
        byte[] token = Arrays.copyOf(body, body.length + CHECKSUM_LENGTH);
        System.arraycopy(checksum(body), 0, token, body.length, CHECKSUM_LENGTH);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The body of a token this server sealed with the given format and body length; empty for any other text. */
    static Optional<byte[]> open(String token, byte format, int bodyLength) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != bodyLength + CHECKSUM_LENGTH || bytes[0] != format) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(bytes, bodyLength);
        if (!MessageDigest.isEqual(checksum(body), Arrays.copyOfRange(bytes, bodyLength, bytes.length))) {
            return Optional.empty();
        }
        return Optional.of(body);
    }

    /** The first {@value #CHECKSUM_LENGTH} bytes of SHA-256: enough to tell tokens and filters apart. */
    static byte[] checksum(byte[] input) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(input), CHECKSUM_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
