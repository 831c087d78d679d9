package org.complaintdesk.domain.deadline;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.validation.Text;

/**
 * The rules that time a complaint's clocks: data, replaceable by configuration without a rebuild.
 *
 * <p>For each clock, the rule for a complaint is the matching rule that names the most of domain,
 * severity, kind and channel ({@link RuleScope#specificity()}); between equally specific rules the
 * later one wins, so that a rule added at the end overrides. A policy may lie over a base policy
 * (a profile over the seed defaults): where any of its own rules for a clock matches, it decides;
 * elsewhere the base does.
 */
public final class DeadlinePolicy {
    public static final String SEED = "seed";
    public static final String STATE_GRID_COMMITMENT = "state-grid-commitment";
    public static final String HOTLINE_12345 = "hotline-12345";

    private final String name;
    private final List<ClockRule> rules;
    private final Optional<DeadlinePolicy> base;

    private DeadlinePolicy(String name, List<ClockRule> rules, Optional<DeadlinePolicy> base) {
        this.name = Text.required("name", name, 64);
        this.rules = List.copyOf(rules);
        this.base = Objects.requireNonNull(base, "base");
    }

    public static DeadlinePolicy of(String name, List<ClockRule> rules) {
        return new DeadlinePolicy(name, rules, Optional.empty());
    }

    /** A policy from rule text ({@link RuleText}); refuses the text with every error, each naming its line. */
    public static DeadlinePolicy parse(String name, String text) {
        return of(name, RuleText.parse(text));
    }

    /** This policy under a profile: the profile's rules decide where they match, this policy's elsewhere. */
    public DeadlinePolicy overlaidWith(String profileName, List<ClockRule> profileRules) {
        return new DeadlinePolicy(profileName, profileRules, Optional.of(this));
    }

    /**
     * The time limits of the seed documents (domain.md "Time limits"): registration, forwarding,
     * contact or arrival on site, investigation report, heating resolution, feedback after the
     * decision, the reply by channel, callback, follow-ups, level-1 progress updates and the
     * review window. The text of each rule is in {@code ShippedRules.SEED}, with its source.
     */
    public static DeadlinePolicy seedDefaults() {
        return Shipped.SEED;
    }

    /**
     * The State Grid service commitment over the seed defaults: the complainant is contacted within 1
     * working day of acceptance (instead of 2 hours after dispatch), and a complaint is answered
     * within 7 working days of acceptance (instead of 2, 3 or 5 by channel). Level-1 arrival on
     * site stays at 30 minutes; consultations and suggestions keep the seed's reply limits.
     */
    public static DeadlinePolicy stateGridCommitment() {
        return Shipped.STATE_GRID;
    }

    /**
     * A city 12345 hotline's limits over the seed defaults: the reply within 2 working days for a
     * consultation and 15 for anything else (instead of by channel), and the callback by the end
     * of the next working day after the reply (instead of 24 or 48 hours).
     */
    public static DeadlinePolicy hotline12345() {
        return Shipped.HOTLINE;
    }

    /** The shipped policies by name: {@value #SEED}, {@value #STATE_GRID_COMMITMENT}, {@value #HOTLINE_12345}. */
    public static Map<String, DeadlinePolicy> shipped() {
        return Map.of(SEED, Shipped.SEED, STATE_GRID_COMMITMENT, Shipped.STATE_GRID, HOTLINE_12345, Shipped.HOTLINE);
    }

    /** The rule that times {@code kind} for a complaint with these facts, if any does. */
    public Optional<ClockRule> ruleFor(ClockKind kind, ClockFacts facts) {
        Optional<ClockRule> own = IntStream.range(0, rules.size()).boxed()
                .filter(i -> rules.get(i).kind() == kind && rules.get(i).scope().matches(facts))
                .max(Comparator.<Integer>comparingInt(i -> rules.get(i).scope().specificity()).thenComparingInt(i -> i))
                .map(rules::get);
        return own.isPresent() ? own : base.flatMap(b -> b.ruleFor(kind, facts));
    }

    /** Every clock that has a rule for a complaint with these facts, with that rule. */
    public Map<ClockKind, ClockRule> rulesFor(ClockFacts facts) {
        Map<ClockKind, ClockRule> found = new EnumMap<>(ClockKind.class);
        for (ClockKind kind : ClockKind.values()) {
            ruleFor(kind, facts).ifPresent(rule -> found.put(kind, rule));
        }
        return found;
    }

    /**
     * The same policy with another first-round period for every rule of {@code kind}, here and in
     * the base: e.g. the review window from {@code HandlingPolicy.reviewWindow}, so that the two agree.
     */
    public DeadlinePolicy withPeriod(ClockKind kind, Period period) {
        List<ClockRule> changed = rules.stream().map(r -> r.kind() == kind ? r.withPeriod(period) : r).toList();
        return new DeadlinePolicy(name, changed, base.map(b -> b.withPeriod(kind, period)));
    }

    /** {@link #withPeriod} for the review window, a span of the wall clock. */
    public DeadlinePolicy withReviewWindow(Duration window) {
        return withPeriod(ClockKind.REVIEW_WINDOW, new Period.WallClock(window));
    }

    public String name() {
        return name;
    }

    /** This policy's own rules, in order (without its base's). */
    public List<ClockRule> rules() {
        return rules;
    }

    public Optional<DeadlinePolicy> base() {
        return base;
    }

    /** This policy's own rules as text ({@link RuleText}). */
    public String text() {
        return RuleText.format(rules);
    }

    @Override
    public String toString() {
        return "DeadlinePolicy[" + name + base.map(b -> " over " + b.name()).orElse("") + ", " + rules.size() + " rules]";
    }

    /** Parsed once, on first use. */
    private static final class Shipped {
        static final DeadlinePolicy SEED = parse(DeadlinePolicy.SEED, ShippedRules.SEED);
        static final DeadlinePolicy STATE_GRID =
                SEED.overlaidWith(STATE_GRID_COMMITMENT, RuleText.parse(ShippedRules.STATE_GRID_COMMITMENT));
        static final DeadlinePolicy HOTLINE = SEED.overlaidWith(HOTLINE_12345, RuleText.parse(ShippedRules.HOTLINE_12345));
    }
}
