package org.complaintdesk.domain.deadline;

import java.util.Objects;
import java.util.Set;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;

/**
 * The complaints a rule is for: the utility domains, severities, kinds and intake channels it
 * names. An empty set means any. Among the rules of one clock that match a complaint, the one
 * that names the most of these four wins.
 */
public record RuleScope(Set<UtilityDomain> domains, Set<Severity> severities, Set<ComplaintKind> kinds,
                        Set<Channel> channels) {
    public static final RuleScope ANY = new RuleScope(Set.of(), Set.of(), Set.of(), Set.of());

    public RuleScope {
        domains = Set.copyOf(Objects.requireNonNull(domains, "domains"));
        severities = Set.copyOf(Objects.requireNonNull(severities, "severities"));
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
    }

    public boolean matches(ClockFacts facts) {
        return admits(domains, facts.utilityDomain()) && admits(severities, facts.severity())
                && admits(kinds, facts.kind()) && admits(channels, facts.channel());
    }

    /** How many of the four it names: 0 for a rule for any complaint, 4 for the narrowest. */
    public int specificity() {
        return named(domains) + named(severities) + named(kinds) + named(channels);
    }

    private static <T> boolean admits(Set<T> named, T value) {
        return named.isEmpty() || named.contains(value);
    }

    private static int named(Set<?> values) {
        return values.isEmpty() ? 0 : 1;
    }
}
