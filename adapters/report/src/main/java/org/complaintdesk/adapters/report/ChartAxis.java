package org.complaintdesk.adapters.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A value axis from zero: its maximum, and the ticks up to it at a round step. */
record ChartAxis(PdfCharts.Scale scale, double max, double step) {
    static ChartAxis of(PdfCharts.Scale scale, double largest) {
        if (scale == PdfCharts.Scale.PERCENT) {
            return new ChartAxis(scale, 1, 0.2);
        }
        // At most seven steps: tight enough that the largest value fills most of the axis.
        double step = Math.max(1, niceStep(largest / 7));
        return new ChartAxis(scale, Math.max(step, Math.ceil(largest / step) * step), step);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, the smallest not below {@code rough}; 2.5 from 25 up, no half complaints. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double nice : new double[] {1, 2, 2.5, 5}) {
            if ((nice != 2.5 || power >= 10) && nice * power >= rough * (1 - 1e-9)) {
                return nice * power;
            }
        }
        return 10 * power;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max * (1 + 1e-9); i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    float fraction(double value) {
        return (float) Math.min(1, Math.max(0, value / max));
    }

    /** A tick's label is round ("40%"); a bar's value is exact ("92.3%"). */
    String label(double value, boolean exact) {
        if (scale == PdfCharts.Scale.PERCENT) {
            return String.format(Locale.ROOT, exact ? "%.1f%%" : "%.0f%%", value * 100);
        }
        return Figures.count(Math.round(value));
    }
}
