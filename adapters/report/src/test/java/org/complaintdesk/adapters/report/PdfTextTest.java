package org.complaintdesk.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class PdfTextTest {
    @Test
    void a_long_name_wraps_at_a_slash_and_its_last_line_is_cut_with_an_ellipsis() throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream font = getClass().getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            PDFont regular = PDType0Font.load(document, font);

            assertThat(PdfText.wrapped(regular, 7.5f, "收费", 60, 2)).containsExactly("收费");
            assertThat(PdfText.wrapped(regular, 7.5f, "gridco/east/north/district-office-7", 100, 2))
                    .containsExactly("gridco/east/north/", "district-office-7");
            List<String> topic = PdfText.wrapped(regular, 7.5f, BusyMonth.LONG_TOPIC, 60, 2);
            assertThat(topic).hasSize(2);
            assertThat(topic.get(1)).endsWith("…");
            assertThat(BusyMonth.LONG_TOPIC).startsWith(topic.get(0) + topic.get(1).replace("…", ""));
            for (String line : topic) {
                assertThat(regular.getStringWidth(line) / 1000 * 7.5f).isLessThanOrEqualTo(60);
            }
            float toComma = regular.getStringWidth("抢修未按时到场，…") / 1000 * 7.5f;
            assertThat(PdfText.fitted(regular, 7.5f, "抢修未按时到场，多次拨打热线无人回复", toComma))
                    .as("no comma before the ellipsis").isEqualTo("抢修未按时到场…");
            assertThat(PdfText.wrapped(regular, 7.5f, BusyMonth.LONG_TOPIC, 60, 1)).singleElement()
                    .satisfies(line -> assertThat(line).endsWith("…"));
        }
    }
}
