package org.complaintdesk.adapters.grpc;

import java.util.UUID;
import java.util.regex.Pattern;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/**
 * A complaint's resource name, {@code complaints/{complaint}}: the canonical form carries the
 * UUID; the ticket number is accepted in its place so that people can look up the number a
 * complainant quotes.
 */
sealed interface ComplaintName {
    String PREFIX = "complaints/";

    /** The canonical name, with the lower-case UUID the server assigned. */
    record ById(ComplaintId id) implements ComplaintName {
        // Names are compared as strings (AIP-122), so only the form the server hands out is accepted.
        static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** The alias name, with the ticket number. */
    record ByTicketNumber(TicketNumber ticketNumber) implements ComplaintName {
    }

    static String of(ComplaintId id) {
        return PREFIX + id;
    }

    /**
     * Reads a requested name.
     *
     * @throws InvalidValueException on {@code field} if it is neither form
     */
    static ComplaintName parse(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(field, Text.REQUIRED, "must not be blank");
        }
        String id = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : "";
        if (ById.UUID_FORM.matcher(id).matches()) {
            return new ById(new ComplaintId(UUID.fromString(id)));
        }
        if (TicketNumber.looksLikeOne(id)) {
            try {
                return new ByTicketNumber(new TicketNumber(id));
            } catch (InvalidValueException notATicketNumber) {
                // Shaped like one, e.g. with a date that does not exist; fall through to the refusal.
            }
        }
        throw new InvalidValueException(field, Text.FORMAT,
                "must be complaints/ followed by a lower-case UUID or a ticket number, e.g. complaints/TS20261123000123");
    }
}
