package org.complaintdesk.application.warning;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;

/**
 * One early-warning rule (002 ch.7 3.4.15): a metric over the complaints of each scope unit (and,
 * with {@code per}, of each topic, nature or utility domain within it) in a window, crossing a
 * threshold. {@code minimum} is the smallest denominator a rate is judged on, so that one late
 * reply out of one does not read as 100% late.
 *
 * @param name the rule's key in warnings: lower-case letters, digits and '-'
 */
public record WarningRule(String name, WarningMetric metric, Optional<Subject> per, Optional<UtilityDomain> domain,
                          Optional<Nature> nature, Optional<Topic> topic, WarningScope scope, WarningWindow window,
                          WarningThreshold threshold, long minimum) {
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** What a rule may count separately within each scope unit. */
    public enum Subject {
        TOPIC("topic"), NATURE("nature"), DOMAIN("domain");

        private final String word;

        Subject(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public WarningRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(threshold, "threshold");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule name is 1-63 lower-case letters, digits or '-', was " + name);
        }
        if (threshold.percent() != metric.isRate()) {
            throw new IllegalArgumentException("a rate's threshold is a percentage, a count's is not");
        }
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum must be at least 1, was " + minimum);
        }
    }
}
