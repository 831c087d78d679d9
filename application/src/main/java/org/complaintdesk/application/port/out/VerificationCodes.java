package org.complaintdesk.application.port.out;

import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.notice.VerificationCode;

/**
 * The code the acceptance notice gives the complainant for the public view of their complaint.
 * Derived from the complaint under a secret key rather than stored, so a notice can be rendered
 * again with the same code and no table holds codes to leak.
 */
public interface VerificationCodes {

    /** The complaint's code, under the current key. */
    VerificationCode codeFor(ComplaintId complaint);

    /** Whether the code is the complaint's, under the current key or one still honoured. */
    boolean matches(ComplaintId complaint, VerificationCode code);
}
