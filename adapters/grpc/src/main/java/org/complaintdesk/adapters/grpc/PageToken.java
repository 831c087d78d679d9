package org.complaintdesk.adapters.grpc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/**
 * The opaque {@code page_token} of ListComplaints (AIP-158): where the next page starts, bound to
 * the filters it was issued for. A {@link SealedToken} of
 * <pre>
 *   version (1 byte) | receivedAt epoch seconds (8) | nanos (4) | complaint id (16) | filter hash (8)
 * </pre>
 */
final class PageToken {
    static final String FIELD = "page_token";
    static final String OTHER_FILTERS = "PAGE_TOKEN_FILTER_MISMATCH";

    private static final byte VERSION = 1;
    private static final int HASH_LENGTH = SealedToken.CHECKSUM_LENGTH;
    private static final int BODY_LENGTH = 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES + HASH_LENGTH;

    private PageToken() {
    }

    static String issue(PageCursor cursor, ComplaintFilter filter) {
        UUID id = cursor.id().value();
        ByteBuffer body = ByteBuffer.allocate(BODY_LENGTH)
                .put(VERSION)
                .putLong(cursor.receivedAt().getEpochSecond())
                .putInt(cursor.receivedAt().getNano())
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .put(filterHash(filter));
        return SealedToken.seal(body.array());
    }

    /**
     * The cursor in a token that this server issued for the same filters.
     *
     * @throws InvalidValueException on {@value #FIELD} otherwise
     */
    static PageCursor read(String token, ComplaintFilter filter) {
        Decoded decoded = decode(token);
        if (!MessageDigest.isEqual(decoded.filterHash(), filterHash(filter))) {
            throw new InvalidValueException(FIELD, OTHER_FILTERS,
                    "was issued for other filters; send the filters of the request that returned it");
        }
        return decoded.cursor();
    }

    /**
     * Checks only that this server issued the token, for when the filters are themselves invalid.
     *
     * @throws InvalidValueException on {@value #FIELD} if it did not
     */
    static void checkIssued(String token) {
        decode(token);
    }

    private record Decoded(PageCursor cursor, byte[] filterHash) {
    }

    private static Decoded decode(String token) {
        byte[] body = SealedToken.open(token, VERSION, BODY_LENGTH).orElseThrow(PageToken::malformed);
        ByteBuffer fields = ByteBuffer.wrap(body, 1, BODY_LENGTH - 1);
        try {
            Instant receivedAt = Instant.ofEpochSecond(fields.getLong(), fields.getInt());
            ComplaintId id = new ComplaintId(new UUID(fields.getLong(), fields.getLong()));
            byte[] issuedFor = new byte[HASH_LENGTH];
            fields.get(issuedFor);
            return new Decoded(new PageCursor(receivedAt, id), issuedFor);
        } catch (DateTimeException | ArithmeticException outOfRange) {
            // Only reachable with a forged checksum; refused like any other foreign token.
            throw malformed();
        }
    }

    static InvalidValueException malformed() {
        return new InvalidValueException(FIELD, Text.FORMAT,
                "is not a page token issued by this service; pass next_page_token unchanged");
    }

    /** Every filter part, in a fixed order and spelling, so that equal filters hash equally. */
    private static byte[] filterHash(ComplaintFilter filter) {
        String canonical = String.join("\n",
                "state=" + text(filter.state(), Enum::name),
                "utility_domain=" + text(filter.utilityDomain(), Enum::name),
                "nature=" + text(filter.nature(), Enum::name),
                "severity=" + text(filter.severity(), Enum::name),
                "channel=" + text(filter.channel(), Enum::name),
                "org_unit=" + text(filter.orgUnit(), OrgUnitId::value),
                "received_from=" + text(filter.receivedFrom(), Instant::toString),
                "received_before=" + text(filter.receivedBefore(), Instant::toString));
        // Added later: appended only when set, so tokens issued before they existed stay valid.
        canonical += filter.leadDepartment().map(d -> "\nlead_department=" + d.value()).orElse("")
                + filter.handler().map(h -> "\nhandler=" + h.value()).orElse("")
                + filter.dueBefore().map(t -> "\ndue_before=" + t).orElse("")
                + filter.clockStatus().map(s -> "\nclock_status=" + s.name()).orElse("")
                // Only whether they are set: an unkeyed hash of a phone or account number in a token
                // could be reversed by trying every number. The cursor alone leads to nothing the
                // caller may not list anyway.
                + filter.complainantPhone().map(p -> "\ncomplainant_phone_number").orElse("")
                + filter.complainantAccountNumber().map(a -> "\ncomplainant_account_number").orElse("");
        return SealedToken.checksum(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> String text(Optional<T> part, Function<T, String> spelling) {
        return part.map(spelling).orElse("");
    }
}
