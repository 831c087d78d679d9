package org.complaintdesk.domain.complaint;

import java.util.Objects;

/**
 * What kind of matter the complaint is and where it belongs (002 ch.2, ch.6). The kind is fixed at
 * registration; domain, nature and topic may be corrected while the complaint is open.
 */
public record Classification(ComplaintKind kind, UtilityDomain utilityDomain, Nature nature, Topic topic) {
    public Classification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(utilityDomain, "utilityDomain");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(topic, "topic");
    }

    Classification reclassified(UtilityDomain newDomain, Nature newNature, Topic newTopic) {
        return new Classification(kind, newDomain, newNature, newTopic);
    }

    boolean sameAs(UtilityDomain otherDomain, Nature otherNature, Topic otherTopic) {
        return utilityDomain == otherDomain && nature == otherNature && topic.equals(otherTopic);
    }
}
