package org.complaintdesk.domain.handling;

/** Who is responsible for what the complainant met (000 二(二)3, 001 (三)). */
public enum Responsibility {
    COMPANY,
    CUSTOMER,
    THIRD_PARTY,
    FORCE_MAJEURE,
    /** The complaint is not borne out by the facts. */
    UNFOUNDED
}
