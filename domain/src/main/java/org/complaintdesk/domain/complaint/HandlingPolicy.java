package org.complaintdesk.domain.complaint;

import java.time.Duration;
import java.util.Objects;

/**
 * The organisation's choices that the lifecycle rules depend on; the seed documents' values are
 * the defaults.
 *
 * @param approval                  when a resolution needs approval and by whom
 * @param reviewWindow              how long after the reply the complainant may ask for a review.
 *                                  The seeds set no period (000 二(四)2); 30 days follows the
 *                                  national rules on petitions (信访工作条例 §35)
 * @param callbackAttempts          how many failed attempts make a complainant "unreachable" for the callback
 */
public record HandlingPolicy(ApprovalPolicy approval, Duration reviewWindow, int callbackAttempts) {
    public HandlingPolicy {
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(reviewWindow, "reviewWindow");
        if (reviewWindow.isNegative() || reviewWindow.isZero()) {
            throw new IllegalArgumentException("reviewWindow must be positive, was " + reviewWindow);
        }
        // A callback records at most 99 attempts: a higher threshold could never be reached.
        if (callbackAttempts < 1 || callbackAttempts > 99) {
            throw new IllegalArgumentException("callbackAttempts must be between 1 and 99, was " + callbackAttempts);
        }
    }

    public static HandlingPolicy defaults() {
        return new HandlingPolicy(ApprovalPolicy.defaults(), Duration.ofDays(30), 3);
    }
}
