package org.complaintdesk.domain.complaint;

/** The utility service concerned (002 ch.2, by service content). */
public enum UtilityDomain {
    ELECTRICITY, HEATING, WATER, GAS, SANITATION, PUBLIC_TRANSPORT, CITY_INFRASTRUCTURE
}
