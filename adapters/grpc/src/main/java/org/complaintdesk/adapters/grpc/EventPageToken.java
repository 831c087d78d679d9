package org.complaintdesk.adapters.grpc;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * The opaque {@code page_token} of ListComplaintEvents (AIP-158): the complaint it was issued
 * for and the sequence after which the next page starts. A {@link SealedToken} of
 * <pre>
 *   format (1 byte) | complaint id (16) | after sequence (8)
 * </pre>
 * Bound to the complaint, not to the spelling of the parent, so that a token issued for the
 * ticket-number alias also serves the canonical name.
 */
final class EventPageToken {
    static final String FIELD = PageToken.FIELD;
    static final String OTHER_PARENT = "PAGE_TOKEN_PARENT_MISMATCH";

    // Differs from PageToken's version byte: a token of one list is never read by the other.
    private static final byte FORMAT = 0x11;
    private static final int BODY_LENGTH = 1 + 2 * Long.BYTES + Long.BYTES;

    /** Where a page starts, in the timeline of one complaint. */
    record Position(ComplaintId complaint, long afterSequence) {

        /**
         * The sequence to continue after, for the complaint the request names.
         *
         * @throws InvalidValueException on {@value #FIELD} if the token was issued for another complaint
         */
        long afterSequenceIn(ComplaintId parent) {
            if (!complaint.equals(parent)) {
                throw new InvalidValueException(FIELD, OTHER_PARENT,
                        "was issued for another complaint; send the parent of the request that returned it");
            }
            return afterSequence;
        }
    }

    private EventPageToken() {
    }

    static String issue(ComplaintId complaint, long afterSequence) {
        UUID id = complaint.value();
        return SealedToken.seal(ByteBuffer.allocate(BODY_LENGTH)
                .put(FORMAT)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .putLong(afterSequence)
                .array());
    }

    /** @throws InvalidValueException on {@value #FIELD} if this server did not issue the token */
    static Position read(String token) {
        byte[] body = SealedToken.open(token, FORMAT, BODY_LENGTH).orElseThrow(PageToken::malformed);
        ByteBuffer fields = ByteBuffer.wrap(body, 1, BODY_LENGTH - 1);
        var complaint = new ComplaintId(new UUID(fields.getLong(), fields.getLong()));
        long afterSequence = fields.getLong();
        if (afterSequence < 1) {
            // Only reachable with a forged checksum: the server never issues a token before the first event.
            throw PageToken.malformed();
        }
        return new Position(complaint, afterSequence);
    }
}
