package org.complaintdesk.adapters.grpc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;
import org.complaintdesk.application.privacy.ListPersonalDataAccesses.Subject;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The opaque {@code page_token} of ListPersonalDataAccesses (AIP-158): where the next page starts
 * and a checksum of whose accesses it lists. A {@link SealedToken} of
 * <pre>
 *   format (1 byte) | accessed at: seconds (8), nanos (4) | access id (16) | subject checksum (8)
 * </pre>
 */
final class AccessPageToken {
    // Differs from the other lists' format bytes: a token of one list is never read by another.
    private static final byte FORMAT = 0x21;
    private static final int HASH_LENGTH = SealedToken.CHECKSUM_LENGTH;
    private static final int BODY_LENGTH = 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES + HASH_LENGTH;

    private AccessPageToken() {
    }

    static String issue(PersonalDataAccess.Cursor cursor, Subject subject) {
        return SealedToken.seal(ByteBuffer.allocate(BODY_LENGTH)
                .put(FORMAT)
                .putLong(cursor.accessedAt().getEpochSecond())
                .putInt(cursor.accessedAt().getNano())
                .putLong(cursor.id().getMostSignificantBits())
                .putLong(cursor.id().getLeastSignificantBits())
                .put(subjectHash(subject))
                .array());
    }

    /** @throws InvalidValueException on {@value PageToken#FIELD} unless this server issued it for {@code subject} */
    static PersonalDataAccess.Cursor read(String token, Subject subject) {
        byte[] body = SealedToken.open(token, FORMAT, BODY_LENGTH).orElseThrow(PageToken::malformed);
        ByteBuffer fields = ByteBuffer.wrap(body, 1, BODY_LENGTH - 1);
        PersonalDataAccess.Cursor cursor;
        try {
            Instant accessedAt = Instant.ofEpochSecond(fields.getLong(), fields.getInt());
            cursor = new PersonalDataAccess.Cursor(accessedAt, new UUID(fields.getLong(), fields.getLong()));
        } catch (DateTimeException | ArithmeticException outOfRange) {
            // Only reachable with a forged checksum; refused like any other foreign token.
            throw PageToken.malformed();
        }
        byte[] issuedFor = new byte[HASH_LENGTH];
        fields.get(issuedFor);
        if (!MessageDigest.isEqual(issuedFor, subjectHash(subject))) {
            throw new InvalidValueException(PageToken.FIELD, EventPageToken.OTHER_PARENT,
                    "was issued for another parent or user_id; send those of the request that returned it");
        }
        return cursor;
    }

    private static byte[] subjectHash(Subject subject) {
        String canonical = switch (subject) {
            case Subject.OfComplaint of -> "complaint=" + of.complaintId();
            case Subject.ByUser by -> "user=" + by.user().value();
        };
        return SealedToken.checksum(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
