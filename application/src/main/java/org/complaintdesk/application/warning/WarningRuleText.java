package org.complaintdesk.application.warning;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * Warning rules as text, like the deadline rules' ({@code RuleText}): one rule a line, starting
 * with its name, then {@code key=value} words; an indented line continues the rule above; a line
 * starting with {@code #} is a comment. Keys:
 * <ul>
 *   <li>{@code metric}: received, satisfaction or late-replies ({@link WarningMetric});</li>
 *   <li>{@code scope}: unit:N or department:N, the code cut after N levels (0: whole code);</li>
 *   <li>{@code window}: a rolling length (24h, 90m, 7d) or day, week, month;</li>
 *   <li>{@code threshold}: {@code >=}, {@code >}, {@code <=} or {@code <} and a number, with
 *       {@code %} for a rate;</li>
 *   <li>optional {@code per} (topic, nature, domain), {@code domain}, {@code nature},
 *       {@code topic} (one word) to narrow the complaints, and {@code minimum} (rates only: the
 *       smallest denominator judged, default 1).</li>
 * </ul>
 * <pre>
 * topic-surge metric=received per=topic scope=unit:0 window=24h threshold=&gt;=10
 * </pre>
 * Errors name the line: the field of each violation reads {@code line 3.threshold}.
 */
public final class WarningRuleText {
    public static final String UNKNOWN_KEY = "UNKNOWN_KEY";
    public static final String KEY_TWICE = "KEY_TWICE";
    public static final String MISSING = "MISSING";
    public static final String BAD_VALUE = "BAD_VALUE";
    public static final String NAME_TWICE = "NAME_TWICE";
    public static final String CONTINUES_NOTHING = "CONTINUES_NO_RULE";

    private static final Set<String> KEYS = Set.of("metric", "scope", "window", "threshold", "per", "domain", "nature",
            "topic", "minimum");
    private static final Pattern SCOPE = Pattern.compile("(unit|department):([0-9])");
    private static final Pattern ROLLING = Pattern.compile("([1-9][0-9]{0,4})([mhd])");
    private static final Pattern THRESHOLD = Pattern.compile("(>=|>|<=|<)([0-9]{1,9}(?:\\.[0-9]{1,4})?)(%?)");

    private WarningRuleText() {
    }

    /** The rules of the text, in order; refuses the whole text with every error found. */
    public static List<WarningRule> parse(String text) {
        var violations = new Violations();
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (blocks.isEmpty()) {
                    violations.add("line " + number, CONTINUES_NOTHING, "an indented line continues a rule, and none began");
                } else {
                    blocks.getLast().read(stripped.split("\\s+"), number, violations);
                }
                continue;
            }
            String[] words = stripped.split("\\s+");
            Block block = new Block(number, words[0]);
            blocks.add(block);
            block.read(java.util.Arrays.copyOfRange(words, 1, words.length), number, violations);
        }
        List<WarningRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Block block : blocks) {
            if (!names.add(block.name)) {
                violations.add("line " + block.line + ".name", NAME_TWICE, "the rule " + block.name + " is defined twice");
            }
            block.toRule(violations).ifPresent(rules::add);
        }
        violations.throwIfAny();
        return List.copyOf(rules);
    }

    /** A rule as it reads in a file. */
    public static String format(WarningRule rule) {
        StringBuilder text = new StringBuilder(rule.name())
                .append(" metric=").append(rule.metric().word());
        rule.per().ifPresent(p -> text.append(" per=").append(p.word()));
        rule.domain().ifPresent(d -> text.append(" domain=").append(d.name()));
        rule.nature().ifPresent(n -> text.append(" nature=").append(n.name()));
        rule.topic().ifPresent(t -> text.append(" topic=").append(t.value()));
        text.append(" scope=").append(rule.scope())
                .append(" window=").append(rule.window())
                .append(" threshold=").append(rule.threshold());
        if (rule.metric().isRate()) {
            text.append(" minimum=").append(rule.minimum());
        }
        return text.toString();
    }

    /** The words of one rule, its head line and continuations, with the line each came from. */
    private static final class Block {
        private final int line;
        private final String name;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();

        Block(int line, String name) {
            this.line = line;
            this.name = name;
        }

        void read(String[] words, int number, Violations violations) {
            for (String word : words) {
                if (word.startsWith("#")) {
                    return;
                }
                int eq = word.indexOf('=');
                String key = eq < 0 ? word : word.substring(0, eq);
                if (eq < 0 || !KEYS.contains(key)) {
                    violations.add("line " + number + "." + key, UNKNOWN_KEY,
                            "is not a setting of a warning rule (" + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                } else if (values.containsKey(key)) {
                    violations.add("line " + number + "." + key, KEY_TWICE, "is given twice");
                } else {
                    values.put(key, word.substring(eq + 1));
                    lines.put(key, number);
                }
            }
        }

        Optional<WarningRule> toRule(Violations violations) {
            int before = violations.list().size();
            if (!WarningRule.NAME.matcher(name).matches()) {
                violations.add("line " + line + ".name", BAD_VALUE,
                        "a rule starts with its name: 1-63 lower-case letters, digits or '-', not " + name);
            }
            WarningMetric metric = required("metric", violations, word -> {
                for (WarningMetric m : WarningMetric.values()) {
                    if (m.word().equals(word)) {
                        return m;
                    }
                }
                throw new IllegalArgumentException("must be received, satisfaction or late-replies");
            });
            WarningScope scope = required("scope", violations, word -> {
                Matcher m = SCOPE.matcher(word);
                if (!m.matches()) {
                    throw new IllegalArgumentException("must read unit:N or department:N, N a depth 0-9 (0: whole code)");
                }
                return new WarningScope(m.group(1).equals("unit") ? WarningScope.Kind.UNIT : WarningScope.Kind.DEPARTMENT,
                        Integer.parseInt(m.group(2)));
            });
            WarningWindow window = required("window", violations, WarningRuleText::window);
            WarningThreshold threshold = required("threshold", violations, word -> {
                Matcher m = THRESHOLD.matcher(word);
                if (!m.matches()) {
                    throw new IllegalArgumentException("must read >=N, >N, <=N or <N, with % for a rate (>5%)");
                }
                WarningThreshold.Direction direction = switch (m.group(1)) {
                    case ">=" -> WarningThreshold.Direction.AT_LEAST;
                    case ">" -> WarningThreshold.Direction.MORE_THAN;
                    case "<=" -> WarningThreshold.Direction.AT_MOST;
                    default -> WarningThreshold.Direction.BELOW;
                };
                return new WarningThreshold(direction, new BigDecimal(m.group(2)), !m.group(3).isEmpty());
            });
            Optional<WarningRule.Subject> per = optional("per", violations, word -> {
                for (WarningRule.Subject s : WarningRule.Subject.values()) {
                    if (s.word().equals(word)) {
                        return s;
                    }
                }
                throw new IllegalArgumentException("must be topic, nature or domain");
            });
            Optional<UtilityDomain> domain = optional("domain", violations,
                    word -> UtilityDomain.valueOf(word.toUpperCase(Locale.ROOT)));
            Optional<Nature> nature = optional("nature", violations, word -> Nature.valueOf(word.toUpperCase(Locale.ROOT)));
            Optional<Topic> topic = optional("topic", violations, Topic::new);
            Optional<Long> minimum = optional("minimum", violations, word -> {
                long m = Long.parseLong(word);
                if (m < 1 || m > 1_000_000) {
                    throw new IllegalArgumentException("must be 1 to 1000000");
                }
                return m;
            });
            if (metric != null && threshold != null && metric.isRate() != threshold.percent()) {
                violations.add(field("threshold"), BAD_VALUE, metric.isRate()
                        ? "the " + metric.word() + " metric is a rate: give a percentage (<85%)"
                        : "the received metric is a count: give a number without %");
            }
            if (metric != null && !metric.isRate() && minimum.isPresent()) {
                violations.add(field("minimum"), BAD_VALUE, "applies to rates only");
            }
            if (violations.list().size() > before) {
                return Optional.empty();
            }
            return Optional.of(new WarningRule(name, metric, per, domain, nature, topic, scope, window, threshold,
                    minimum.orElse(1L)));
        }

        private <T> T required(String key, Violations violations, Function<String, T> read) {
            if (!values.containsKey(key)) {
                violations.add("line " + line + "." + key, MISSING, "every rule needs " + key + "=");
                return null;
            }
            return optional(key, violations, read).orElse(null);
        }

        private <T> Optional<T> optional(String key, Violations violations, Function<String, T> read) {
            String word = values.get(key);
            if (word == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(read.apply(word));
            } catch (InvalidValueException e) {
                violations.add(field(key), BAD_VALUE, e.getMessage());
            } catch (IllegalArgumentException e) {
                String why = e.getMessage() == null || e.getMessage().startsWith("No enum constant")
                        ? "is not one of " + key + "'s values" : e.getMessage();
                violations.add(field(key), BAD_VALUE, why + " (was " + word + ")");
            }
            return Optional.empty();
        }

        private String field(String key) {
            return "line " + lines.getOrDefault(key, line) + "." + key;
        }
    }

    private static WarningWindow window(String word) {
        switch (word) {
            case "day" -> {
                return WarningWindow.calendar(WarningWindow.Kind.DAY);
            }
            case "week" -> {
                return WarningWindow.calendar(WarningWindow.Kind.WEEK);
            }
            case "month" -> {
                return WarningWindow.calendar(WarningWindow.Kind.MONTH);
            }
            default -> {
                Matcher m = ROLLING.matcher(word);
                if (!m.matches()) {
                    throw new IllegalArgumentException("must be a length (24h, 90m, 7d) or day, week, month");
                }
                long n = Long.parseLong(m.group(1));
                Duration length = switch (m.group(2)) {
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                return WarningWindow.rolling(length);
            }
        }
    }
}
