package org.complaintdesk.adapters.grpc;

import java.nio.ByteBuffer;

/**
 * The opaque {@code page_token} of ListCalendarYears (AIP-158): the year after which the next
 * page starts. A {@link SealedToken} of
 * <pre>
 *   format (1 byte) | after year (4)
 * </pre>
 * Years only ever get added, so the list needs no filter hash and no snapshot.
 */
final class CalendarPageToken {
    static final String FIELD = PageToken.FIELD;

    // Differs from the complaint lists' format bytes: a token of one list is never read by another.
    private static final byte FORMAT = 0x21;
    private static final int BODY_LENGTH = 1 + Integer.BYTES;

    private CalendarPageToken() {
    }

    static String issue(int afterYear) {
        return SealedToken.seal(ByteBuffer.allocate(BODY_LENGTH).put(FORMAT).putInt(afterYear).array());
    }

    /** @throws org.complaintdesk.domain.validation.InvalidValueException on {@value #FIELD} if this server did not issue the token */
    static int read(String token) {
        byte[] body = SealedToken.open(token, FORMAT, BODY_LENGTH).orElseThrow(PageToken::malformed);
        return ByteBuffer.wrap(body, 1, Integer.BYTES).getInt();
    }
}
