package org.complaintdesk.domain.deadline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.PauseReason;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * A {@link ClockRule} as plain text values, the way configuration holds it: each field as in the
 * rule text of {@link RuleText} (lists comma-separated, blank for none or any). {@link #toRule}
 * checks every field and reports all bad ones at once, each under its key.
 *
 * @param clock      the {@link ClockKind} name
 * @param domains    {@link UtilityDomain} names; blank: any
 * @param severities {@link Severity} names; blank: any
 * @param kinds      {@link ComplaintKind} names; blank: any
 * @param channels   intake {@link Channel} names; blank: any
 * @param period     {@code 5wd}, {@code 30d}, {@code 24h} or {@code 30m}
 * @param start      triggers, e.g. {@code REGISTERED@receipt,DISPATCH_RETURNED}
 * @param met        triggers, e.g. {@code CONTACT_RECORDED[method=IN_PERSON]}
 * @param stop       triggers; blank: none
 * @param pause      {@link PauseReason} names, or {@code all}; blank: the clock never pauses
 * @param warn       the warning fraction, {@code 0.8} or {@code 80%}; blank: 0.8
 * @param repeat     the period of each next round of a recurring clock; blank: it does not recur
 * @param once       whether only one round runs
 * @param window     whether it is a window given to the complainant
 * @param source     where the rule comes from
 */
public record ClockRuleSpec(String clock, String domains, String severities, String kinds, String channels,
                            String period, String start, String met, String stop, String pause, String warn,
                            String repeat, boolean once, boolean window, String source) {
    public static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";
    public static final String REQUIRED = "REQUIRED";
    public static final String ALL_REASONS = "all";

    public ClockRule toRule() {
        var v = new Violations();
        ClockKind kind = v.check("clock", () -> required("clock", clock, s -> one(ClockKind.class, s)));
        Set<UtilityDomain> domainSet = v.check("domain", () -> set(UtilityDomain.class, domains));
        Set<Severity> severitySet = v.check("severity", () -> set(Severity.class, severities));
        Set<ComplaintKind> kindSet = v.check("kind", () -> set(ComplaintKind.class, kinds));
        Set<Channel> channelSet = v.check("channel", () -> set(Channel.class, channels));
        Period first = v.check("period", () -> required("period", period, Period::parse));
        List<Trigger> starts = triggers("start", start, v);
        List<Trigger> mets = triggers("met", met, v);
        List<Trigger> stops = triggers("stop", stop, v);
        Set<PauseReason> reasons = v.check("pause", () -> ALL_REASONS.equals(strip(pause))
                ? EnumSet.allOf(PauseReason.class) : set(PauseReason.class, pause));
        Double fraction = v.check("warn", () -> fraction(warn));
        Optional<Period> next = v.check("repeat", () -> blank(repeat) ? Optional.empty() : Optional.of(Period.parse(repeat)));
        if (!v.isEmpty()) {
            // Refused anyway: add the rules on how the settings fit together, as far as they can
            // be judged on what was read, so that every problem is reported at once.
            ClockRule.checkShape(v, starts, mets, stops, fraction, !blank(repeat), window);
            v.throwIfAny();
        }
        return new ClockRule(kind, new RuleScope(domainSet, severitySet, kindSet, channelSet), first, starts, mets,
                stops, reasons, fraction, next, once, window, source == null ? "" : source);
    }

    /** The rule as text values; {@code toRule()} gives it back. */
    public static ClockRuleSpec of(ClockRule rule) {
        RuleScope s = rule.scope();
        String pause = rule.pausedBy().size() == PauseReason.values().length ? ALL_REASONS : names(rule.pausedBy());
        String warn = rule.warnFraction() == ClockRule.DEFAULT_WARN_FRACTION ? ""
                : BigDecimal.valueOf(rule.warnFraction()).stripTrailingZeros().toPlainString();
        return new ClockRuleSpec(rule.kind().name(), names(s.domains()), names(s.severities()), names(s.kinds()),
                names(s.channels()), rule.period().text(), texts(rule.start()), texts(rule.met()), texts(rule.stop()),
                pause, warn, rule.repeat().map(Period::text).orElse(""), rule.once(), rule.window(), rule.source());
    }

    private static <T> T required(String field, String value, Function<String, T> read) {
        if (blank(value)) {
            throw new InvalidValueException(field, REQUIRED, "must be given");
        }
        return read.apply(value.strip());
    }

    private static <E extends Enum<E>> E one(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(type.getSimpleName(), UNKNOWN_VALUE, "no " + type.getSimpleName() + " '"
                    + name.strip() + "'; one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The names as a set; every name that is not one of {@code type} is reported, each once. */
    private static <E extends Enum<E>> Set<E> set(Class<E> type, String names) {
        var v = new Violations();
        Set<E> set = EnumSet.noneOf(type);
        for (String name : items(names)) {
            E value = v.check(type.getSimpleName(), () -> one(type, name));
            if (value != null) {
                set.add(value);
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidValueException(v.list().stream().distinct().toList());
        }
        return set;
    }

    /**
     * The steps of a list that can be read, in order; every step that cannot is reported under
     * {@code key}, each problem once.
     */
    private static List<Trigger> triggers(String key, String text, Violations violations) {
        var v = new Violations();
        List<Trigger> read = new ArrayList<>();
        for (String item : items(text)) {
            Trigger trigger = v.check(key, () -> Trigger.parse(item));
            if (trigger != null) {
                read.add(trigger);
            }
        }
        v.list().stream().distinct().forEach(problem -> violations.add(problem.field(), problem.rule(), problem.message()));
        return List.copyOf(read);
    }

    private static double fraction(String text) {
        if (blank(text)) {
            return ClockRule.DEFAULT_WARN_FRACTION;
        }
        String t = text.strip();
        try {
            return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("warn", ClockRule.WARN_OUT_OF_RANGE, "must read like 0.8 or 80%");
        }
    }

    private static List<String> items(String list) {
        return blank(list) ? List.of() : Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static String texts(List<Trigger> triggers) {
        return triggers.stream().map(Trigger::text).collect(Collectors.joining(","));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
