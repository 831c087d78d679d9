package org.complaintdesk.domain.handling;

import java.math.BigDecimal;
import java.util.Objects;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Violations;

/** A compensation or fee reduction, in fen (0.01 CNY): amounts are exact, never floating point. */
public record Remedy(RemedyKind kind, long amountFen) {
    public static final String AMOUNT_FIELD = "amount";
    /** 10 million yuan: far above any real case, low enough that a typo in units is caught. */
    public static final long MAX_AMOUNT_FEN = 1_000_000_000L;
    public static final String NOT_POSITIVE = "NOT_POSITIVE";
    public static final String TOO_LARGE = "TOO_LARGE";

    public static final String WHOLE_FEN = "WHOLE_FEN";
    private static final BigDecimal MAX_AMOUNT_YUAN = BigDecimal.valueOf(MAX_AMOUNT_FEN, 2);

    public Remedy {
        Objects.requireNonNull(kind, "kind");
        if (amountFen <= 0) {
            throw new InvalidValueException(AMOUNT_FIELD, NOT_POSITIVE, "must be more than zero");
        }
        if (amountFen > MAX_AMOUNT_FEN) {
            throw new InvalidValueException(AMOUNT_FIELD, TOO_LARGE, "must be at most 10,000,000 CNY");
        }
    }

    /**
     * A remedy of an amount in yuan (CNY) as given, e.g. by a client: every rule the amount breaks
     * is reported at once, judged on the exact amount: more than zero, at most 10,000,000 CNY, and
     * in whole fen (at most two decimal places).
     */
    public static Remedy ofYuan(RemedyKind kind, BigDecimal amountYuan) {
        Objects.requireNonNull(amountYuan, "amountYuan");
        var violations = new Violations();
        if (amountYuan.signum() <= 0) {
            violations.add(AMOUNT_FIELD, NOT_POSITIVE, "must be more than zero");
        } else if (amountYuan.compareTo(MAX_AMOUNT_YUAN) > 0) {
            violations.add(AMOUNT_FIELD, TOO_LARGE, "must be at most 10,000,000 CNY");
        }
        if (amountYuan.stripTrailingZeros().scale() > 2) {
            violations.add(AMOUNT_FIELD, WHOLE_FEN, "must be whole fen (at most two decimal places)");
        }
        violations.throwIfAny();
        return new Remedy(kind, amountYuan.movePointRight(2).longValueExact());
    }
}
