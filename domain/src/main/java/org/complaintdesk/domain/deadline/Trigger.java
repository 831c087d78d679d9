package org.complaintdesk.domain.deadline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.EventDetails;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/**
 * A step of the timeline that starts, meets or stops a clock: an event type, optionally narrowed by
 * particulars the step wrote (a contact {@code method=IN_PERSON}, a callback {@code reopened=true}).
 * For a start, the anchor says from when the clock runs: the time the step happened, or the time
 * the complaint was received (registration records a receipt that may lie a day earlier).
 *
 * <p>Text form: {@code EVENT}, {@code EVENT[key=value;key=value]}, {@code EVENT@receipt}.
 */
public record Trigger(EventType event, Map<String, String> details, Anchor anchor) {
    public static final String FORMAT = "TRIGGER_FORMAT";
    public static final String UNKNOWN_EVENT = "UNKNOWN_EVENT";
    public static final String UNKNOWN_CONDITION = "UNKNOWN_CONDITION";

    /** From when a started clock runs. */
    public enum Anchor {
        /** From the time the step happened (for a contact or an investigation, the time the actor reports). */
        EVENT,
        /** From the time the complaint was received. */
        RECEIPT
    }

    public Trigger {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(anchor, "anchor");
        details = Map.copyOf(details);
    }

    public static Trigger on(EventType event) {
        return new Trigger(event, Map.of(), Anchor.EVENT);
    }

    public boolean matches(ComplaintEvent e) {
        return e.type() == event && details.entrySet().stream()
                .allMatch(d -> Condition.named(d.getKey()).flatMap(c -> c.of(e.details())).filter(d.getValue()::equals)
                        .isPresent());
    }

    /** The particulars a rule may narrow a trigger by, named in rule text in lower case. */
    public enum Condition {
        /** How a contact, an investigation or a callback was made. */
        METHOD,
        /** Whether a proposed resolution awaits approval. */
        APPROVAL_REQUIRED,
        /** Whether a callback or a review's conclusion reopened the handling. */
        REOPENED;

        static Optional<Condition> named(String text) {
            return Arrays.stream(values()).filter(c -> c.text().equals(text)).findFirst();
        }

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The step's particular this condition reads, as rule text spells it; empty where the step has none. */
        Optional<String> of(EventDetails details) {
            return Optional.ofNullable(switch (this) {
                case METHOD -> switch (details) {
                    case EventDetails.ContactRecorded contact -> contact.method().name();
                    case EventDetails.InvestigationRecorded investigation -> investigation.method().name();
                    case EventDetails.CallbackRecorded callback -> callback.method().name();
                    default -> null;
                };
                case APPROVAL_REQUIRED -> details instanceof EventDetails.ResolutionProposed proposed
                        ? String.valueOf(proposed.approvalRequired()) : null;
                case REOPENED -> switch (details) {
                    case EventDetails.CallbackRecorded callback -> String.valueOf(callback.reopened());
                    case EventDetails.ReviewConcluded review -> String.valueOf(review.reopened());
                    default -> null;
                };
            });
        }
    }

    public String text() {
        String conditions = details.isEmpty() ? "" : details.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(d -> d.getKey() + "=" + d.getValue())
                .collect(Collectors.joining(";", "[", "]"));
        return event.name() + conditions + (anchor == Anchor.RECEIPT ? "@receipt" : "");
    }

    public static Trigger parse(String text) {
        Matcher m = Pattern.compile("([A-Z_]+)(?:\\[([^\\]]*)])?(@receipt)?").matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("trigger", FORMAT, "must read EVENT, EVENT[key=value] or EVENT@receipt");
        }
        // Once the text has the form, its event and its conditions are judged each on its own.
        var violations = new Violations();
        EventType event = null;
        try {
            event = EventType.valueOf(m.group(1));
        } catch (IllegalArgumentException e) {
            violations.add("trigger", UNKNOWN_EVENT, "no event type " + m.group(1));
        }
        Map<String, String> details = new LinkedHashMap<>();
        if (m.group(2) != null) {
            for (String condition : m.group(2).split(";")) {
                String[] kv = condition.split("=", -1);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank() || details.put(kv[0].strip(), kv[1].strip()) != null) {
                    violations.add("trigger", FORMAT, "conditions read [key=value;key=value], each key once");
                    break;
                }
                if (Condition.named(kv[0].strip()).isEmpty()) {
                    violations.add("trigger", UNKNOWN_CONDITION, "no condition " + kv[0].strip() + "; conditions are "
                            + Arrays.stream(Condition.values()).map(Condition::text).collect(Collectors.joining(", ")));
                }
            }
        }
        violations.throwIfAny();
        return new Trigger(event, details, m.group(3) == null ? Anchor.EVENT : Anchor.RECEIPT);
    }

    @Override
    public String toString() {
        return text();
    }
}
