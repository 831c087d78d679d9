package org.complaintdesk.domain.handling;

/** Why a complaint was escalated (督办). */
public enum SupervisionCause {
    /** A clock ran out before its step was taken. */
    CLOCK_BREACHED,
    /** The complaint was urged as often as the policy allows before it is escalated. */
    REPEATED_URGES,
    /** A lead put it under supervision by hand. */
    BY_HAND
}
