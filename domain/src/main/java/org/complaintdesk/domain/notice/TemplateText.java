package org.complaintdesk.domain.notice;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.Violations;

/**
 * Notice templates as text, one to a line: the organisation unit ({@code *} for every unit), the
 * kind, the channel, and the template's text to the end of the line, where {@code \n} is a line
 * break. A line that starts with {@code #} is a comment; so is a blank one.
 *
 * <pre>
 * # gridco/east answers within its own promise
 * gridco/east  ACCEPTANCE  SMS  您的投诉已受理，工单号{ticket_number}，我们将于{reply_due}前答复。
 * </pre>
 *
 * Errors name the line: the field of each violation reads {@code line 12}.
 */
public final class TemplateText {
    public static final String LINE_FORMAT = "TEMPLATE_LINE_FORMAT";
    public static final String UNKNOWN_KIND = "UNKNOWN_KIND";
    public static final String UNKNOWN_CHANNEL = "UNKNOWN_CHANNEL";
    public static final String TEMPLATE_TWICE = "TEMPLATE_TWICE";
    public static final String EVERY_UNIT = "*";

    /** Where a template applies: a unit and the units below it, or every unit when empty. */
    public record Key(Optional<OrgUnitId> unit, NoticeKind kind, NoticeChannel channel) {
    }

    private TemplateText() {
    }

    /** The templates of the text by where they apply; refuses the whole text with every error found. */
    public static Map<Key, NoticeTemplate> parse(String text, SmsLimit sms) {
        var violations = new Violations();
        Map<Key, NoticeTemplate> templates = new HashMap<>();
        Map<Key, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String field = "line " + number;
            String[] words = line.split("\\s+", 4);
            if (words.length < 4) {
                violations.add(field, LINE_FORMAT, "must read: unit (or *) kind channel text");
                continue;
            }
            Optional<OrgUnitId> unit = words[0].equals(EVERY_UNIT) ? Optional.empty()
                    : Optional.ofNullable(violations.check(field + ".unit", () -> new OrgUnitId(words[0])));
            boolean unitBad = !words[0].equals(EVERY_UNIT) && unit.isEmpty();
            NoticeKind kind = named(NoticeKind.class, words[1], field, UNKNOWN_KIND, "kind", violations);
            NoticeChannel channel = named(NoticeChannel.class, words[2], field, UNKNOWN_CHANNEL, "channel", violations);
            if (kind == null || channel == null) {
                continue;
            }
            String body = words[3].replace("\\n", "\n");
            NoticeTemplate template = NoticeTemplate.read(kind, channel, body, sms, field, violations);
            var key = new Key(unit, kind, channel);
            if (template == null || unitBad) {
                continue;
            }
            Integer earlier = lineOf.putIfAbsent(key, number);
            if (earlier != null) {
                violations.add(field, TEMPLATE_TWICE, "line " + earlier + " has a template for the same unit, kind and channel");
            } else {
                templates.put(key, template);
            }
        }
        violations.throwIfAny();
        return Map.copyOf(templates);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String word, String field, String rule, String what,
                                               Violations violations) {
        E[] known = type.getEnumConstants();
        for (E e : known) {
            if (e.name().equals(word)) {
                return e;
            }
        }
        String letters = type == NoticeChannel.class && word.equals("LETTER") ? " (letters come later)" : "";
        violations.add(field + "." + what, rule, "'" + word + "' is no notice " + what + letters + "; known: "
                + String.join(", ", Arrays.stream(known).map(Enum::name).toList()));
        return null;
    }
}
