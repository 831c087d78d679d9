package org.complaintdesk.archfixture.domain.round;

import org.complaintdesk.archfixture.domain.ring.Ring;

/** The other half of the package cycle of {@link Ring}. */
public final class Round {
    Ring ring;
}
