package org.complaintdesk.adapters.grpc;

import java.util.UUID;
import java.util.regex.Pattern;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/**
 * A notice's resource name, {@code complaints/{complaint}/notices/{notice}}: the complaint as
 * {@link ComplaintName} reads it (by UUID or ticket number), the notice by its UUID.
 */
record NoticeName(ComplaintName complaint, UUID notice) {
    private static final String NOTICES = "/notices/";
    private static final String EVENTS = "/events/";
    private static final Pattern UUID_FORM = ComplaintName.ById.UUID_FORM;

    static String of(ComplaintId complaint, UUID notice) {
        return ComplaintName.of(complaint) + NOTICES + notice;
    }

    /** The name of the complaint's notice {@code notice}, the complaint taken from an event's name. */
    static String ofEvent(String eventName, UUID notice) {
        int events = eventName.indexOf(EVENTS);
        if (events < 0) {
            throw new IllegalArgumentException("not an event's name: " + eventName);
        }
        return eventName.substring(0, events) + NOTICES + notice;
    }

    /** @throws InvalidValueException on {@code field} if the name is not of the notice's form */
    static NoticeName parse(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(field, Text.REQUIRED, "must not be blank");
        }
        int notices = name.lastIndexOf(NOTICES);
        String id = notices < 0 ? "" : name.substring(notices + NOTICES.length());
        if (notices < 0 || !UUID_FORM.matcher(id).matches()) {
            throw new InvalidValueException(field, Text.FORMAT,
                    "must be complaints/{complaint}/notices/ followed by the notice's lower-case UUID");
        }
        return new NoticeName(ComplaintName.parse(field, name.substring(0, notices)), UUID.fromString(id));
    }
}
