package org.complaintdesk.application.statistics;

import java.util.Optional;

/** A share: {@code numerator} of {@code denominator} complaints (or clock rounds). */
public record Rate(long numerator, long denominator) {
    public static final Rate NONE = new Rate(0, 0);

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a rate needs 0 <= numerator <= denominator, got "
                    + numerator + "/" + denominator);
        }
    }

    /** numerator / denominator, empty when nothing counted (0 of 0 is no rate, not 0 %). */
    public Optional<Double> value() {
        return denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator);
    }
}
