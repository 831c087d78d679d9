package org.complaintdesk.domain.complaint;

/** How the complainant wants to be contacted. */
public enum ContactPreference {
    PHONE, SMS, EMAIL, WECHAT, LETTER
}
