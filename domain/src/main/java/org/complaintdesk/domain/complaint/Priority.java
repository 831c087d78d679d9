package org.complaintdesk.domain.complaint;

/** Place in a work queue (001 (二)2): urgency, area affected, public attention. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    Priority raised() {
        return this == URGENT ? URGENT : values()[ordinal() - 1];
    }
}
