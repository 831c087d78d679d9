package org.complaintdesk.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.complaintdesk.adapters.report.PdfCharts.Axis;
import org.complaintdesk.adapters.report.PdfCharts.Scale;
import org.junit.jupiter.api.Test;

class PdfChartsTest {
    @Test
    void a_count_axis_ends_on_the_first_round_number_at_or_above_the_largest_value() {
        assertThat(Axis.of(Scale.COUNT, 23)).isEqualTo(new Axis(Scale.COUNT, 25, 5));
        assertThat(Axis.of(Scale.COUNT, 301)).isEqualTo(new Axis(Scale.COUNT, 350, 50));
        assertThat(Axis.of(Scale.COUNT, 163)).isEqualTo(new Axis(Scale.COUNT, 175, 25));
        assertThat(Axis.of(Scale.COUNT, 498)).isEqualTo(new Axis(Scale.COUNT, 500, 100));
        assertThat(Axis.of(Scale.COUNT, 7)).isEqualTo(new Axis(Scale.COUNT, 7, 1));
        assertThat(Axis.of(Scale.COUNT, 20)).isEqualTo(new Axis(Scale.COUNT, 20, 5));
        assertThat(Axis.of(Scale.COUNT, 12_345)).isEqualTo(new Axis(Scale.COUNT, 14_000, 2_000));
    }

    @Test
    void a_small_count_axis_still_steps_by_whole_complaints() {
        assertThat(Axis.of(Scale.COUNT, 2)).isEqualTo(new Axis(Scale.COUNT, 2, 1));
        assertThat(Axis.of(Scale.COUNT, 15)).isEqualTo(new Axis(Scale.COUNT, 15, 5));
        assertThat(Axis.of(Scale.COUNT, 0).ticks()).containsExactly(0.0, 1.0);
    }

    @Test
    void a_rate_axis_runs_from_0_to_100_percent_in_fifths() {
        Axis rates = Axis.of(Scale.PERCENT, 0.42);

        assertThat(rates.ticks()).hasSize(6);
        assertThat(rates.label(rates.ticks().get(3), false)).isEqualTo("60%");
        assertThat(rates.label(0.923, true)).isEqualTo("92.3%");
        assertThat(rates.fraction(0.5)).isEqualTo(0.5f);
    }

    @Test
    void a_long_name_wraps_at_a_slash_and_its_last_line_is_cut_with_an_ellipsis() throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream font = getClass().getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            PDFont regular = PDType0Font.load(document, font);

            assertThat(PdfCharts.wrapped(regular, 7.5f, "收费", 60, 2)).containsExactly("收费");
            assertThat(PdfCharts.wrapped(regular, 7.5f, "gridco/east/north/district-office-7", 100, 2))
                    .containsExactly("gridco/east/north/", "district-office-7");
            List<String> topic = PdfCharts.wrapped(regular, 7.5f, BusyMonth.LONG_TOPIC, 60, 2);
            assertThat(topic).hasSize(2);
            assertThat(topic.get(1)).endsWith("…");
            assertThat(BusyMonth.LONG_TOPIC).startsWith(topic.get(0) + topic.get(1).replace("…", ""));
            for (String line : topic) {
                assertThat(regular.getStringWidth(line) / 1000 * 7.5f).isLessThanOrEqualTo(60);
            }
            float toComma = regular.getStringWidth("抢修未按时到场，…") / 1000 * 7.5f;
            assertThat(PdfCharts.fitted(regular, 7.5f, "抢修未按时到场，多次拨打热线无人回复", toComma))
                    .as("no comma before the ellipsis").isEqualTo("抢修未按时到场…");
            assertThat(PdfCharts.wrapped(regular, 7.5f, BusyMonth.LONG_TOPIC, 60, 1)).singleElement()
                    .satisfies(line -> assertThat(line).endsWith("…"));
        }
    }
}
