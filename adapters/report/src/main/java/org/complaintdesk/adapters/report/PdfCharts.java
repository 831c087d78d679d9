package org.complaintdesk.adapters.report;

import static org.complaintdesk.adapters.report.PdfText.centred;
import static org.complaintdesk.adapters.report.PdfText.fitted;
import static org.complaintdesk.adapters.report.PdfText.text;
import static org.complaintdesk.adapters.report.PdfText.widest;
import static org.complaintdesk.adapters.report.PdfText.width;
import static org.complaintdesk.adapters.report.PdfText.wrapped;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The workbook's charts drawn into the PDF with PDFBox's own lines, rectangles and text, so they
 * stay sharp at any zoom and add nothing but a few kilobytes: a line for the weekly trend and
 * horizontal bars for the breakdowns (bars across leave room for long category names).
 */
final class PdfCharts {
    /** How the values read: counts on an axis rounded up to a nice maximum, or rates from 0 to 100 %. */
    enum Scale {
        COUNT, PERCENT
    }

    /** One series: its name for the legend and a value per category, empty where there is none. */
    record Series(String name, List<Optional<Double>> values) {
        static Series counts(String name, List<Long> counts) {
            return new Series(name, counts.stream().map(count -> Optional.of((double) count)).toList());
        }
    }

    /** A category of the weekly trend: its name and, smaller beneath it, its dates. */
    record Tick(String name, String note) {
    }

    // The workbook's colours (steel blue, dark orange, sea green), so both files look alike.
    static final Color[] COLOURS = {new Color(70, 130, 180), new Color(255, 140, 0), new Color(46, 139, 87)};

    private static final float PAD = 10;
    private static final float TITLE = 10.5f;
    private static final float LABEL = 7.5f;
    private static final float SMALL = 6.5f;
    private static final float LEGEND_ROW = 14;
    private static final Color INK = new Color(51, 51, 51);
    private static final Color MUTED = new Color(110, 110, 110);
    private static final Color AXIS = new Color(120, 120, 120);
    private static final Color GRID = new Color(224, 224, 224);
    private static final Color FRAME = new Color(200, 200, 200);

    private final PdfPages pages;
    private final PDFont regular;
    private final PDFont bold;

    PdfCharts(PdfPages pages) {
        this.pages = pages;
        this.regular = pages.regular();
        this.bold = pages.bold();
    }

    /** A line through the weeks' counts, each point labelled with its count. */
    void trend(String title, String unit, List<Tick> ticks, List<Long> counts) throws IOException {
        // A month without a single complaint has nothing to trend: a flat line at zero would only look broken.
        if (counts.stream().allMatch(received -> received == 0)) {
            noData(title);
            return;
        }
        ChartAxis axis = ChartAxis.of(Scale.COUNT, counts.stream().mapToDouble(Long::doubleValue).max().orElse(0));
        float height = 210;
        pages.figure(height, (content, left, top, width) -> {
            frame(content, left, top, width, height, title);
            float plotTop = top - PAD - TITLE - 30;
            float plotBottom = top - height + PAD + 24;
            float plotLeft = left + PAD + tickWidth(axis) + 6;
            float plotRight = left + width - PAD - 8;
            text(content, regular, SMALL, MUTED, left + PAD, plotTop + 14, unit);
            valueGrid(content, axis, plotLeft, plotRight, plotBottom, plotTop);
            float band = (plotRight - plotLeft) / ticks.size();
            float[] xs = new float[ticks.size()];
            float[] ys = new float[ticks.size()];
            for (int i = 0; i < ticks.size(); i++) {
                xs[i] = plotLeft + (i + 0.5f) * band;
                ys[i] = plotBottom + axis.fraction(counts.get(i)) * (plotTop - plotBottom);
                Tick tick = ticks.get(i);
                centred(content, regular, LABEL, INK, xs[i], plotBottom - 11, fitted(regular, LABEL, tick.name(), band - 4));
                centred(content, regular, SMALL, MUTED, xs[i], plotBottom - 20, fitted(regular, SMALL, tick.note(), band - 4));
            }
            content.setStrokingColor(COLOURS[0]);
            content.setLineWidth(1.75f);
            content.setLineJoinStyle(1);
            content.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                content.lineTo(xs[i], ys[i]);
            }
            content.stroke();
            for (int i = 0; i < xs.length; i++) {
                dot(content, xs[i], ys[i]);
                centred(content, regular, SMALL, INK, xs[i], ys[i] + 5, Figures.count(counts.get(i)));
            }
        });
    }

    /**
     * Horizontal bars, a group per category (in the given order, top down) and a bar per series,
     * each labelled with its value; a missing value shows as a dash.
     */
    void bars(String title, Scale scale, String unit, List<String> categories, List<Series> series) throws IOException {
        double max = series.stream().flatMap(s -> s.values().stream()).flatMap(Optional::stream)
                .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        if (categories.isEmpty() || Double.isNaN(max)) {
            noData(title);
            return;
        }
        ChartAxis axis = ChartAxis.of(scale, max);
        int count = series.size();
        float header = PAD + TITLE + 12 + (count > 1 ? LEGEND_ROW : 0);
        float footer = 12 + 12 + PAD;
        float thickness = count == 1 ? 12 : count == 2 ? 8.5f : 7;
        float labelWidth = Math.min(PdfPages.WIDTH * 0.28f, widest(regular, LABEL, categories));
        float natural = count * thickness + 8;
        if (widest(regular, LABEL, categories) > labelWidth) {
            // Names on two lines need the room of two lines and a gap, or they read as one block.
            natural = Math.max(natural, 2 * LABEL * 1.2f + 6);
        }
        // A long list shrinks its bars rather than run off the page.
        float room = PdfPages.PAGE_BODY - 16 - header - footer;
        float band = natural * Math.min(1, room / (categories.size() * natural));
        float bar = thickness * band / natural;
        float gap = band - count * bar;
        float labelSize = Math.min(LABEL, Math.max(4, band * 0.6f));
        float valueSize = Math.min(SMALL, bar * 0.9f);
        float height = header + categories.size() * band + footer;
        pages.figure(height, (content, left, top, width) -> {
            frame(content, left, top, width, height, title);
            if (count > 1) {
                legend(content, left + width / 2, top - PAD - TITLE - 14, series);
            }
            float plotLeft = left + PAD + labelWidth + 6;
            float plotRight = left + width - PAD - valueWidth(axis, valueSize) - 6;
            float plotTop = top - header;
            float plotBottom = plotTop - categories.size() * band;
            valueAxis(content, axis, plotLeft, plotRight, plotBottom, plotTop);
            centred(content, regular, SMALL, MUTED, (plotLeft + plotRight) / 2, plotBottom - 22, unit);
            float lineHeight = labelSize * 1.2f;
            int lines = band - 2 >= 2 * lineHeight ? 2 : 1;
            for (int c = 0; c < categories.size(); c++) {
                float groupTop = plotTop - c * band - gap / 2;
                List<String> label = wrapped(regular, labelSize, categories.get(c), labelWidth, lines);
                float middle = groupTop - count * bar / 2;
                float baseline = middle + (label.size() * lineHeight) / 2 - labelSize * 0.95f;
                for (String line : label) {
                    text(content, regular, labelSize, INK, plotLeft - 6 - width(regular, labelSize, line), baseline, line);
                    baseline -= lineHeight;
                }
                for (int s = 0; s < count; s++) {
                    float y = groupTop - (s + 1) * bar;
                    Optional<Double> value = series.get(s).values().get(c);
                    float length = value.map(v -> axis.fraction(v) * (plotRight - plotLeft)).orElse(0f);
                    if (length > 0) {
                        content.setNonStrokingColor(COLOURS[s % COLOURS.length]);
                        content.addRect(plotLeft, y + 0.4f, length, bar - 0.8f);
                        content.fill();
                    }
                    if (valueSize >= 4) {
                        String shown = value.map(v -> axis.label(v, true)).orElse(Table.MISSING);
                        text(content, regular, valueSize, INK, plotLeft + length + 3, y + (bar - valueSize * 0.7f) / 2, shown);
                    }
                }
            }
            content.setStrokingColor(AXIS);
            content.setLineWidth(0.75f);
            content.moveTo(plotLeft, plotTop);
            content.lineTo(plotLeft, plotBottom);
            content.stroke();
        });
    }

    private void noData(String title) throws IOException {
        pages.line(title + "：" + XlsxMonthlyReportRenderer.NO_DATA);
    }

    private void frame(PDPageContentStream content, float left, float top, float width, float height, String title)
            throws IOException {
        content.setStrokingColor(FRAME);
        content.setLineWidth(0.5f);
        content.addRect(left, top - height, width, height);
        content.stroke();
        String shown = fitted(bold, TITLE, title, width - 2 * PAD);
        centred(content, bold, TITLE, INK, left + width / 2, top - PAD - TITLE, shown);
    }

    private void legend(PDPageContentStream content, float centre, float baseline, List<Series> series) throws IOException {
        float total = 0;
        for (Series one : series) {
            total += 10 + width(regular, LABEL, one.name()) + 14;
        }
        float x = centre - (total - 14) / 2;
        for (int s = 0; s < series.size(); s++) {
            content.setNonStrokingColor(COLOURS[s % COLOURS.length]);
            content.addRect(x, baseline - 0.5f, 7, 7);
            content.fill();
            text(content, regular, LABEL, INK, x + 10, baseline, series.get(s).name());
            x += 10 + width(regular, LABEL, series.get(s).name()) + 14;
        }
    }

    /** Gridlines across a vertical value axis, labelled on the left. */
    private void valueGrid(PDPageContentStream content, ChartAxis axis, float left, float right, float bottom, float top)
            throws IOException {
        content.setLineWidth(0.5f);
        for (double tick : axis.ticks()) {
            float y = bottom + axis.fraction(tick) * (top - bottom);
            content.setStrokingColor(tick == 0 ? AXIS : GRID);
            content.moveTo(left, y);
            content.lineTo(right, y);
            content.stroke();
            String label = axis.label(tick, false);
            text(content, regular, SMALL, MUTED, left - 5 - width(regular, SMALL, label), y - SMALL * 0.35f, label);
        }
    }

    /** Gridlines up from a horizontal value axis, labelled beneath it. */
    private void valueAxis(PDPageContentStream content, ChartAxis axis, float left, float right, float bottom, float top)
            throws IOException {
        content.setLineWidth(0.5f);
        for (double tick : axis.ticks()) {
            float x = left + axis.fraction(tick) * (right - left);
            content.setStrokingColor(tick == 0 ? AXIS : GRID);
            content.moveTo(x, top);
            content.lineTo(x, bottom - (tick == 0 ? 0 : 2));
            content.stroke();
            centred(content, regular, SMALL, MUTED, x, bottom - 10, axis.label(tick, false));
        }
        content.setStrokingColor(AXIS);
        content.moveTo(left, bottom);
        content.lineTo(right, bottom);
        content.stroke();
    }

    private static void dot(PDPageContentStream content, float x, float y) throws IOException {
        // A circle from four Bézier quarters (k: the usual control-point distance for a quarter circle).
        float r = 2.6f;
        float k = 0.5523f * r;
        content.setNonStrokingColor(COLOURS[0]);
        content.setStrokingColor(Color.WHITE);
        content.setLineWidth(0.8f);
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.closeAndFillAndStroke();
    }

    private float tickWidth(ChartAxis axis) throws IOException {
        float widest = 0;
        for (double tick : axis.ticks()) {
            widest = Math.max(widest, width(regular, SMALL, axis.label(tick, false)));
        }
        return widest;
    }

    private float valueWidth(ChartAxis axis, float size) throws IOException {
        return width(regular, size, axis.label(axis.max(), true));
    }

}
