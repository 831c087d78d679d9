package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.domain.handling.ClockKind;

/** The clocks whose due a step moved, each with its due before and after (none where a clock stopped or started). */
public record DueChanges(Map<ClockKind, DueChange> changes) {
    private static final String NONE = "none";
    private static final String ARROW = " -> ";

    public DueChanges {
        changes = Collections.unmodifiableMap(changes.isEmpty() ? new EnumMap<>(ClockKind.class) : new EnumMap<>(changes));
    }

    public static DueChanges none() {
        return new DueChanges(Map.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** A clock's due before and after a step. */
    public record DueChange(Optional<Instant> before, Optional<Instant> after) {
        public DueChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (before.equals(after)) {
                throw new IllegalArgumentException("a due that did not move is no change");
            }
        }

        /** The change as the timeline has always spelled it: {@code "<before> -> <after>"}, {@code none} for no due. */
        public String text() {
            return before.map(Instant::toString).orElse(NONE) + ARROW + after.map(Instant::toString).orElse(NONE);
        }

        public static DueChange parse(String text) {
            int arrow = text.indexOf(ARROW);
            if (arrow < 0) {
                throw new IllegalArgumentException("a due change reads \"<before> -> <after>\"");
            }
            return new DueChange(due(text.substring(0, arrow)), due(text.substring(arrow + ARROW.length())));
        }

        private static Optional<Instant> due(String text) {
            return text.equals(NONE) ? Optional.empty() : Optional.of(Instant.parse(text));
        }
    }
}
