package org.complaintdesk.application.port.out;

import java.util.List;
import org.complaintdesk.application.deadline.ClockAlert;

/** Passes warnings and breaches on to the people who act on them (a message queue, mail, a work list). */
public interface AlertNotifier {

    /** Delivers the alerts; an exception leaves them to be offered again. */
    void deliver(List<ClockAlert> alerts);
}
