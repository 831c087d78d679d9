package org.complaintdesk.adapters.grpc;

import java.util.regex.Pattern;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/**
 * The {@code etag} of a complaint or a calendar year (AIP-154): its version, as decimal text.
 * Opaque to clients, who send back what they read; anything else is refused before the resource
 * is looked at.
 */
final class Etag {
    static final String FIELD = "etag";

    // A version is a positive long: at most 19 digits, no sign, no leading zero.
    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{0,18}");

    private Etag() {
    }

    static String of(Complaint complaint) {
        return of(complaint.version());
    }

    static String of(long version) {
        return Long.toString(version);
    }

    /**
     * The version an etag sent by a client stands for.
     *
     * @throws InvalidValueException on {@value #FIELD} if it is missing or not an etag this server issued
     */
    static long parse(String etag) {
        if (etag == null || etag.isBlank()) {
            throw new InvalidValueException(FIELD, Text.REQUIRED, "must be the etag as last read");
        }
        if (!FORM.matcher(etag).matches()) {
            throw malformed();
        }
        try {
            return Long.parseLong(etag);
        } catch (NumberFormatException beyondLong) {
            throw malformed();
        }
    }

    private static InvalidValueException malformed() {
        return new InvalidValueException(FIELD, Text.FORMAT,
                "is not an etag issued by this service; send the etag as last read, unchanged");
    }
}
