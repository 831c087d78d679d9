package org.complaintdesk.adapters.postgres.personal;

import java.util.UUID;

/**
 * A sealed value that does not open: its key is not in the keyset (removed too early, or the wrong
 * keyset configured), or it was sealed for another row or column (copied there by hand). Names the
 * place, never the value.
 */
public final class UnreadablePersonalDataException extends IllegalStateException {
    public UnreadablePersonalDataException(UUID complaintId, String column, Throwable cause) {
        super(column + " of complaint " + complaintId + " does not decrypt: no key of the configured keyset opens it,"
                + " or it was sealed for another row", cause);
    }
}
