package org.complaintdesk.domain.handling;

import java.util.Objects;
import org.complaintdesk.domain.validation.InvalidValueException;

/** A compensation or fee reduction, in fen (0.01 CNY): amounts are exact, never floating point. */
public record Remedy(RemedyKind kind, long amountFen) {
    public static final String AMOUNT_FIELD = "amount";
    /** 10 million yuan: far above any real case, low enough that a typo in units is caught. */
    public static final long MAX_AMOUNT_FEN = 1_000_000_000L;

    public Remedy {
        Objects.requireNonNull(kind, "kind");
        if (amountFen <= 0) {
            throw new InvalidValueException(AMOUNT_FIELD, "NOT_POSITIVE", "must be more than zero");
        }
        if (amountFen > MAX_AMOUNT_FEN) {
            throw new InvalidValueException(AMOUNT_FIELD, "TOO_LARGE", "must be at most 10,000,000 CNY");
        }
    }
}
