package org.complaintdesk.adapters.grpc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;
import org.complaintdesk.application.warning.EarlyWarning;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The opaque {@code page_token} of ListEarlyWarnings (AIP-158): where the next page starts and a
 * checksum of the unit asked for. A {@link SealedToken} of
 * <pre>
 *   format (1 byte) | raised at: seconds (8), nanos (4) | warning id (16) | unit checksum (8)
 * </pre>
 */
final class EarlyWarningPageToken {
    // Differs from the other lists' format bytes: a token of one list is never read by another.
    private static final byte FORMAT = 0x31;
    private static final int HASH_LENGTH = SealedToken.CHECKSUM_LENGTH;
    private static final int BODY_LENGTH = 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES + HASH_LENGTH;

    private EarlyWarningPageToken() {
    }

    /** @param unit the request's {@code org_unit} as sent ("" for the caller's) */
    static String issue(EarlyWarning.Cursor cursor, String unit) {
        return SealedToken.seal(ByteBuffer.allocate(BODY_LENGTH)
                .put(FORMAT)
                .putLong(cursor.raisedAt().getEpochSecond())
                .putInt(cursor.raisedAt().getNano())
                .putLong(cursor.id().getMostSignificantBits())
                .putLong(cursor.id().getLeastSignificantBits())
                .put(unitHash(unit))
                .array());
    }

    /** @throws InvalidValueException on {@value PageToken#FIELD} unless this server issued it for {@code unit} */
    static EarlyWarning.Cursor read(String token, String unit) {
        byte[] body = SealedToken.open(token, FORMAT, BODY_LENGTH).orElseThrow(PageToken::malformed);
        ByteBuffer fields = ByteBuffer.wrap(body, 1, BODY_LENGTH - 1);
        EarlyWarning.Cursor cursor;
        try {
            Instant raisedAt = Instant.ofEpochSecond(fields.getLong(), fields.getInt());
            cursor = new EarlyWarning.Cursor(raisedAt, new UUID(fields.getLong(), fields.getLong()));
        } catch (DateTimeException | ArithmeticException outOfRange) {
            // Only reachable with a forged checksum; refused like any other foreign token.
            throw PageToken.malformed();
        }
        byte[] issuedFor = new byte[HASH_LENGTH];
        fields.get(issuedFor);
        if (!MessageDigest.isEqual(issuedFor, unitHash(unit))) {
            throw new InvalidValueException(PageToken.FIELD, EventPageToken.OTHER_PARENT,
                    "was issued for another org_unit; send the org_unit of the request that returned it");
        }
        return cursor;
    }

    private static byte[] unitHash(String unit) {
        return SealedToken.checksum(("org_unit=" + unit).getBytes(StandardCharsets.UTF_8));
    }
}
