package org.complaintdesk.domain.handling;

/** How the callback asked the complainant (000 二(四)1). */
public enum CallbackMethod {
    PHONE,
    SMS,
    QUESTIONNAIRE,
    VISIT
}
