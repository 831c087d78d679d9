package org.complaintdesk.application.port.out;

import java.time.LocalDate;
import org.complaintdesk.domain.complaint.TicketNumber;

/** Hands out ticket numbers, unique across all instances of the service. */
public interface TicketNumberSequence {

    /** The next ticket number of the given registration day. */
    TicketNumber next(LocalDate day);
}
