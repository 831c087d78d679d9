package org.complaintdesk.application.warning;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The line a figure crosses: a count, or for a rate a percentage. Compared exactly (no floating
 * point), so that 17 of 20 is exactly 85% and not below it.
 */
public record WarningThreshold(Direction direction, BigDecimal value, boolean percent) {

    /** How the figure crosses the line. */
    public enum Direction {
        AT_LEAST(">="), MORE_THAN(">"), AT_MOST("<="), BELOW("<");

        private final String symbol;

        Direction(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public WarningThreshold {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a threshold is not negative, was " + value);
        }
        if (percent && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a percentage is at most 100, was " + value);
        }
    }

    /** Whether {@code numerator / denominator} (in percent) or, for a count, {@code numerator} crosses the line. */
    public boolean crossedBy(long numerator, long denominator) {
        int order;
        if (percent) {
            if (denominator <= 0) {
                return false;
            }
            // numerator/denominator*100 against value, as numerator*100 against value*denominator.
            order = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                    .compareTo(value.multiply(BigDecimal.valueOf(denominator)));
        } else {
            order = BigDecimal.valueOf(numerator).compareTo(value);
        }
        return switch (direction) {
            case AT_LEAST -> order >= 0;
            case MORE_THAN -> order > 0;
            case AT_MOST -> order <= 0;
            case BELOW -> order < 0;
        };
    }

    @Override
    public String toString() {
        return direction.symbol() + value.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
    }
}
