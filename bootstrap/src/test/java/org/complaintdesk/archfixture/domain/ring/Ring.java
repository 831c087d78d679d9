package org.complaintdesk.archfixture.domain.ring;

import org.complaintdesk.archfixture.domain.round.Round;

/** Half of a package cycle inside the domain: ring needs round, and round needs ring. */
public final class Ring {
    Round round;
}
