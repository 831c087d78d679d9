package org.complaintdesk.adapters.report;

import java.util.Locale;
import java.util.Optional;
import org.complaintdesk.application.statistics.Rate;

/** Figures as text, in the number formats the workbook shows them in. */
final class Figures {
    private Figures() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String percent(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.1f%%", v * 100)).orElse(Table.MISSING);
    }

    static String percent(Rate rate) {
        return percent(rate.value());
    }

    static String change(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%+.1f%%", v * 100)).orElse(Table.MISSING);
    }

    static String decimal(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse(Table.MISSING);
    }
}
