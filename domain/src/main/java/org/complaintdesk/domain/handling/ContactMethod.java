package org.complaintdesk.domain.handling;

/** How the company reached the complainant, to talk to them or to give them its reply. */
public enum ContactMethod {
    PHONE,
    SMS,
    LETTER,
    EMAIL,
    WECHAT,
    /** Through the channel's own platform: the web portal, the app, 12345 or the regulator's system. */
    ONLINE,
    /** In person: on site or at a service hall. */
    IN_PERSON
}
