package org.complaintdesk.domain.deadline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * Clock rules as text, for configuration files and for reading the shipped policies. One rule
 * starts on an unindented line with its clock; indented lines continue it. Its settings are
 * {@code key=value} words (keys as in {@link ClockRuleSpec}) and the flags {@code once} and
 * {@code window}; a {@code #} comment inside a rule is its source. A line that starts with
 * {@code #} at its very beginning is a comment on the file.
 *
 * <pre>
 * # The reply to a letter (002 ch.5 §2)
 * REPLY channel=LETTER period=5wd pause=all
 *     start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
 *     # 002 ch.5 §2 3.1: a complaint in writing is answered within 5 working days
 * </pre>
 *
 * Errors name the line: the field of each violation reads {@code line 12.period}.
 */
public final class RuleText {
    public static final String UNKNOWN_KEY = "UNKNOWN_KEY";
    public static final String KEY_TWICE = "KEY_TWICE";
    public static final String CONTINUES_NOTHING = "CONTINUES_NO_RULE";

    private static final Set<String> KEYS = Set.of("domain", "severity", "kind", "channel", "period", "start", "met",
            "stop", "pause", "warn", "repeat");
    private static final Set<String> FLAGS = Set.of("once", "window");

    private RuleText() {
    }

    /** The rules of the text, in order; refuses the whole text with every error found. */
    public static List<ClockRule> parse(String text) {
        var violations = new Violations();
        List<ClockRule> rules = new ArrayList<>();
        Block block = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            boolean continues = Character.isWhitespace(line.charAt(0));
            if (!continues) {
                if (block != null) {
                    block.toRule(violations).ifPresent(rules::add);
                }
                block = new Block(number);
            } else if (block == null) {
                violations.add("line " + number, CONTINUES_NOTHING, "an indented line continues a rule, and none began");
                continue;
            }
            block.read(line, number, !continues, violations);
        }
        if (block != null) {
            block.toRule(violations).ifPresent(rules::add);
        }
        violations.throwIfAny();
        return List.copyOf(rules);
    }

    /** The rules as text that {@link #parse} reads back to the same rules. */
    public static String format(List<ClockRule> rules) {
        StringBuilder text = new StringBuilder();
        for (ClockRule rule : rules) {
            ClockRuleSpec s = ClockRuleSpec.of(rule);
            StringBuilder head = new StringBuilder(s.clock());
            word(head, "domain", s.domains());
            word(head, "severity", s.severities());
            word(head, "kind", s.kinds());
            word(head, "channel", s.channels());
            word(head, "period", s.period());
            word(head, "repeat", s.repeat());
            word(head, "warn", s.warn());
            word(head, "pause", s.pause());
            if (s.once()) {
                head.append(" once");
            }
            if (s.window()) {
                head.append(" window");
            }
            text.append(head).append('\n');
            text.append("    start=").append(s.start()).append('\n');
            text.append("    met=").append(s.met()).append('\n');
            if (!s.stop().isEmpty()) {
                text.append("    stop=").append(s.stop()).append('\n');
            }
            if (!s.source().isEmpty()) {
                text.append("    # ").append(s.source()).append('\n');
            }
        }
        return text.toString();
    }

    private static void word(StringBuilder line, String key, String value) {
        if (!value.isEmpty()) {
            line.append(' ').append(key).append('=').append(value);
        }
    }

    /** The lines of one rule as they are read. */
    private static final class Block {
        private final int firstLine;
        private String clock = "";
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Integer> lineOf = new HashMap<>();
        private final Set<String> flags = new HashSet<>();
        private final List<String> source = new ArrayList<>();

        Block(int firstLine) {
            this.firstLine = firstLine;
        }

        void read(String line, int number, boolean first, Violations violations) {
            int hash = line.indexOf('#');
            String settings = hash < 0 ? line : line.substring(0, hash);
            if (hash >= 0 && !line.substring(hash + 1).isBlank()) {
                source.add(line.substring(hash + 1).strip());
            }
            String[] words = settings.strip().isEmpty() ? new String[0] : settings.strip().split("\\s+");
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                if (first && w == 0) {
                    clock = word;
                    lineOf.put("clock", number);
                    continue;
                }
                int eq = word.indexOf('=');
                String key = eq < 0 ? word : word.substring(0, eq);
                if (eq < 0 ? !FLAGS.contains(key) : !KEYS.contains(key)) {
                    violations.add("line " + number, UNKNOWN_KEY, "'" + key + "' is not a setting of a rule; settings: "
                            + String.join(", ", new TreeSet<>(KEYS)) + ", and the flags once, window");
                } else if (eq < 0 ? !flags.add(key) : values.putIfAbsent(key, word.substring(eq + 1)) != null) {
                    violations.add("line " + number + "." + key, KEY_TWICE, "is given twice for one rule");
                } else {
                    lineOf.put(key, number);
                }
            }
        }

        Optional<ClockRule> toRule(Violations violations) {
            var spec = new ClockRuleSpec(clock, values.get("domain"), values.get("severity"), values.get("kind"),
                    values.get("channel"), values.get("period"), values.get("start"), values.get("met"),
                    values.get("stop"), values.get("pause"), values.get("warn"), values.get("repeat"),
                    flags.contains("once"), flags.contains("window"), String.join(" ", source));
            try {
                return Optional.of(spec.toRule());
            } catch (InvalidValueException e) {
                for (FieldViolation v : e.violations()) {
                    String key = v.field();
                    violations.add("line " + lineOf.getOrDefault(key, firstLine) + "." + key, v.rule(), v.message());
                }
                return Optional.empty();
            }
        }
    }
}
