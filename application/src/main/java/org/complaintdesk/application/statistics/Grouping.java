package org.complaintdesk.application.statistics;

import java.util.Objects;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * One dimension to group by. For a unit dimension, {@code unitDepth} cuts the code after that many
 * levels ({@code gridco/east/cs} at depth 2 is {@code gridco/east}); 0 keeps the whole code. Other
 * dimensions take depth 0.
 */
public record Grouping(Dimension dimension, int unitDepth) {
    public static final int MAX_DEPTH = 16;

    public Grouping {
        Objects.requireNonNull(dimension, "dimension");
        if (unitDepth < 0 || unitDepth > MAX_DEPTH) {
            throw new InvalidValueException("unit_depth", "OUT_OF_RANGE", "must be between 0 and " + MAX_DEPTH);
        }
        if (unitDepth > 0 && !dimension.isUnit()) {
            throw new InvalidValueException("unit_depth", "NOT_A_UNIT_DIMENSION",
                    "only the owning unit and the lead department are cut at a depth");
        }
    }

    public static Grouping by(Dimension dimension) {
        return new Grouping(dimension, 0);
    }
}
