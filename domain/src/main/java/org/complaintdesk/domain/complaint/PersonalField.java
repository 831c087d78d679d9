package org.complaintdesk.domain.complaint;

/**
 * The parts of a complaint that hold, or may hold, a person's data: the complainant's own fields,
 * and the free text written about the case (description, demand, location, handling notes), where
 * names, numbers and addresses turn up as often as in the complainant's fields.
 */
public enum PersonalField {
    COMPLAINANT_NAME,
    COMPLAINANT_PHONE_NUMBER,
    COMPLAINANT_ACCOUNT_NUMBER,
    COMPLAINANT_ADDRESS,
    FREE_TEXT
}
