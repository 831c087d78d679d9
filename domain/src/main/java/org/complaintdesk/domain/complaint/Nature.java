package org.complaintdesk.domain.complaint;

/**
 * What the complaint is about. The first four are the general practice (002 ch.2, by nature);
 * GRID, MARKETING and SERVICE are the power companies' practice (001 (一)5).
 */
public enum Nature {
    SERVICE_QUALITY, BILLING, SAFETY, MANAGEMENT, GRID, MARKETING, SERVICE
}
