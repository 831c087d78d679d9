package org.complaintdesk.domain.notice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.complaintdesk.domain.validation.Violations;

/**
 * The text of one kind of notice on one channel, with placeholders such as {@code {ticket_number}}.
 * On SMS, free text shares out the room the rest leaves, the shortest piece first, so a short
 * reason leaves more to a long opinion; a piece cut ends in {@value #CUT}.
 */
public final class NoticeTemplate {
    public static final String FORMAT = "TEMPLATE_FORMAT";
    public static final String UNKNOWN_PLACEHOLDER = "UNKNOWN_PLACEHOLDER";
    public static final String NOT_FOR_KIND = "PLACEHOLDER_NOT_FOR_KIND";
    public static final String MISSING_PLACEHOLDER = "MISSING_PLACEHOLDER";
    public static final String SMS_TOO_LONG = "SMS_TOO_LONG";
    /** The least room a piece of free text keeps in an SMS: fewer characters would say nothing. */
    public static final int MIN_FREE_TEXT = 10;
    static final String CUT = "…";

    private final NoticeKind kind;
    private final NoticeChannel channel;
    private final String text;
    /** Literal text and placeholders in order. */
    private final List<Object> parts;

    private NoticeTemplate(NoticeKind kind, NoticeChannel channel, String text, List<Object> parts) {
        this.kind = kind;
        this.channel = channel;
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /**
     * Reads {@code text} as a template of {@code kind} on {@code channel}; every fault goes to
     * {@code violations} under {@code field}, and then the result is null.
     */
    static NoticeTemplate read(NoticeKind kind, NoticeChannel channel, String text, SmsLimit sms,
                               String field, Violations violations) {
        List<Object> parts = new ArrayList<>();
        boolean sound = true;
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int close = text.indexOf('}', at);
            if (close >= 0 && (open < 0 || close < open)) {
                violations.add(field, FORMAT, "a '}' closes no placeholder");
                return null;
            }
            if (open < 0) {
                parts.add(text.substring(at));
                break;
            }
            if (open > at) {
                parts.add(text.substring(at, open));
            }
            int end = text.indexOf('}', open);
            if (end < 0 || text.indexOf('{', open + 1) >= 0 && text.indexOf('{', open + 1) < end) {
                violations.add(field, FORMAT, "a '{' opens a placeholder that is not closed");
                return null;
            }
            String token = text.substring(open + 1, end);
            var placeholder = Placeholder.byToken(token);
            if (placeholder.isEmpty()) {
                violations.add(field, UNKNOWN_PLACEHOLDER, "{" + token + "} is no placeholder; the " + kind
                        + " notice may use " + tokens(kind.allowed()));
                sound = false;
            } else if (!kind.allowed().contains(placeholder.get())) {
                violations.add(field, NOT_FOR_KIND, "{" + token + "} is not told in the " + kind + " notice; it may use "
                        + tokens(kind.allowed()));
                sound = false;
            } else {
                parts.add(placeholder.get());
            }
            at = end + 1;
        }
        var missing = EnumSet.noneOf(Placeholder.class);
        missing.addAll(kind.required());
        parts.forEach(missing::remove);
        if (!missing.isEmpty()) {
            violations.add(field, MISSING_PLACEHOLDER, "the " + kind + " notice must use " + tokens(missing));
            sound = false;
        }
        if (!sound) {
            return null;
        }
        var template = new NoticeTemplate(kind, channel, text, parts);
        if (channel == NoticeChannel.SMS && template.longestSms() > sms.characters()) {
            violations.add(field, SMS_TOO_LONG, "its longest SMS has " + template.longestSms() + " characters, keeping "
                    + MIN_FREE_TEXT + " for each piece of free text; " + sms.segments() + " segments hold "
                    + sms.characters());
            return null;
        }
        return template;
    }

    public NoticeKind kind() {
        return kind;
    }

    public NoticeChannel channel() {
        return channel;
    }

    /** The template as written. */
    public String text() {
        return text;
    }

    /** The characters of the longest SMS: every value at its longest, free text at its least room. */
    int longestSms() {
        return parts.stream().mapToInt(part -> switch (part) {
            case String literal -> literal.length();
            case Placeholder p when p.freeText() -> MIN_FREE_TEXT;
            case Placeholder p -> p.longest();
            default -> throw new IllegalStateException();
        }).sum();
    }

    /** The text with the values in, free text cut to what the channel allows. */
    String render(Map<Placeholder, NoticeFacts.Value> values, SmsLimit sms) {
        String[] filled = new String[parts.size()];
        List<Integer> free = new ArrayList<>();
        int fixed = 0;
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (part instanceof Placeholder p) {
                NoticeFacts.Value value = values.get(p);
                filled[i] = value == null ? "" : value.text();
                if (value != null && value.free()) {
                    free.add(i);
                    continue;
                }
            } else {
                filled[i] = (String) part;
            }
            fixed += filled[i].length();
        }
        if (channel == NoticeChannel.SMS) {
            shareOut(filled, free, sms.characters() - fixed);
        } else {
            free.forEach(i -> filled[i] = cut(filled[i], channel.freeTextLimit()));
        }
        return String.join("", filled);
    }

    /** Gives each piece of free text an equal share of the room, a piece that needs less passing the rest on. */
    private static void shareOut(String[] filled, List<Integer> free, int room) {
        List<Integer> shortestFirst = new ArrayList<>(free);
        shortestFirst.sort(Comparator.comparingInt(i -> filled[i].replaceAll("\\s+", " ").length()));
        int left = room;
        for (int n = 0; n < shortestFirst.size(); n++) {
            int i = shortestFirst.get(n);
            int share = left / (shortestFirst.size() - n);
            filled[i] = cut(filled[i].replaceAll("\\s+", " "), share);
            left -= filled[i].length();
        }
    }

    /** At most {@code limit} characters, ending in {@value #CUT} when cut, never splitting a surrogate pair. */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int keep = Math.max(0, limit - CUT.length());
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT;
    }

    private static String tokens(Set<Placeholder> placeholders) {
        return String.join(", ", placeholders.stream().sorted().map(p -> "{" + p.token() + "}").toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoticeTemplate t && t.kind == kind && t.channel == channel && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, channel, text);
    }

    @Override
    public String toString() {
        return "NoticeTemplate[" + kind + " " + channel + "]";
    }
}
