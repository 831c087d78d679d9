package org.complaintdesk.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.complaintdesk.application.report.RenderedReport;
import org.complaintdesk.application.report.WarningsSection;
import org.complaintdesk.application.testing.SampleReports;
import org.junit.jupiter.api.Test;

class PdfMonthlyReportRendererTest {
    private static final PdfMonthlyReportRenderer RENDERER = new PdfMonthlyReportRenderer();
    private static final String TREND = "每周受理投诉量趋势";
    private static final String NATURES = "按性质分布（本月与上月）";
    private static final String CHANNELS = "按渠道分布（本月与上月）";
    private static final String DEPARTMENTS = "各部门按时办结率、满意率与解决率";
    private static final String TOPICS = "热点主题（本月件数）";

    @Test
    void the_pdf_holds_every_section_in_chinese_with_the_figures_of_the_workbook() throws IOException {
        RenderedReport file = RENDERER.render(SampleReports.march2026(SampleReports.oneWarning()));

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("投诉分析报告_gridco-east_2026-03.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("投诉分析报告", "单位：gridco/east", "统计月份：2026年3月",
                    "一、主要指标", "七、预警情况", "按时办结率", "90.0%", "66.7%", "+23.3个百分点",
                    "收费", "12345热线", "gridco/east/billing", "92.3%", "电费异常", "主题“停电”24小时内11件");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("投诉分析报告 gridco/east 2026-03");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("NotoSansSC");
            assertThat(font.isEmbedded()).isTrue();
        }
        assertThat(file.content().length).as("the fonts are embedded as subsets").isLessThan(1_000_000);
    }

    @Test
    void without_recorded_warnings_the_pdf_says_none_are_recorded() throws IOException {
        RenderedReport file = RENDERER.render(SampleReports.march2026(WarningsSection.NOT_RECORDED));

        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(XlsxMonthlyReportRenderer.WARNINGS_NOT_RECORDED);
        }
    }

    @Test
    void each_chart_carries_its_title_axis_values_legend_and_category_names() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(busyMonth())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains(TREND, NATURES, CHANNELS, DEPARTMENTS, TOPICS);
            // Each name shows in its table and again beside its bar (or under its point).
            for (String category : List.of("第5周", "收费", Labels.NONE, "服务热线", "12345热线", "新闻媒体",
                    "充电桩故障")) {
                assertThat(occurrences(text, category)).as(category).isGreaterThanOrEqualTo(2);
            }
            assertThat(text).as("the weeks' dates under the trend").contains("2/1–2/1", "2/23–2/28");
            assertThat(text).as("the legends").contains("本月 上月", "按时办结率 满意率 解决率");
            assertThat(text).as("the rates' axis, 0 to 100 %").contains("0%", "20%", "80%", "100%");
            assertThat(text).as("the trend's axis ends on a round number above the busiest week (301)").contains("350");
            // The table cuts a long department code; the chart wraps it onto a second line instead.
            assertThat(text).contains("gridco/east/north/district-office-7/", "customer-complaints");
            assertThat(text).as("a department without callbacks has no satisfaction bar").contains("—");
        }
    }

    @Test
    void the_charts_are_vector_drawings_in_the_workbooks_colours() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(busyMonth())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (String chart : List.of(TREND, NATURES, CHANNELS, DEPARTMENTS, TOPICS)) {
                int index = pageWith(pdf, chart);
                PDPage page = pdf.getPage(index);
                assertThat(page.getResources().getXObjectNames()).as("no picture on the page of " + chart).isEmpty();
                assertThat(operators(page)).as("paths on the page of " + chart).contains("m", "l", "re", "f", "S");
                BufferedImage image = renderer.renderImageWithDPI(index, 72, ImageType.RGB);
                assertThat(pixels(image, PdfCharts.COLOURS[0])).as("the first series of " + chart).isGreaterThan(150);
            }
            assertThat(operators(pdf.getPage(pageWith(pdf, TREND)))).as("the trend's round markers").contains("c");
            BufferedImage rates = renderer.renderImageWithDPI(pageWith(pdf, DEPARTMENTS), 72, ImageType.RGB);
            assertThat(pixels(rates, PdfCharts.COLOURS[1])).as("satisfaction bars").isGreaterThan(150);
            assertThat(pixels(rates, PdfCharts.COLOURS[2])).as("resolution bars").isGreaterThan(150);
        }
    }

    @Test
    void no_two_pieces_of_text_overlap_or_run_past_the_margins_however_long_the_names() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(busyMonth())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                List<Rectangle2D> glyphs = glyphs(pdf, page);
                Rectangle2D body = new Rectangle2D.Float(47, 47, PDRectangle.A4.getWidth() - 94, PDRectangle.A4.getHeight() - 94);
                assertThat(glyphs).as("page %d", page).allMatch(body::contains);
                for (int a = 0; a < glyphs.size(); a++) {
                    for (int b = a + 1; b < glyphs.size(); b++) {
                        Rectangle2D overlap = glyphs.get(a).createIntersection(glyphs.get(b));
                        assertThat(overlap.getWidth() > 1 && overlap.getHeight() > 1)
                                .as("page %d: %s overlaps %s", page, glyphs.get(a), glyphs.get(b)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void a_month_without_complaints_says_so_instead_of_drawing_empty_charts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(BusyMonth.quietMonth()).content())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains(TREND + "：" + XlsxMonthlyReportRenderer.NO_DATA);
            assertThat(text).doesNotContain(NATURES, CHANNELS, DEPARTMENTS, TOPICS);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                assertThat(pixels(renderer.renderImageWithDPI(page, 72, ImageType.RGB), PdfCharts.COLOURS[0])).isZero();
            }
        }
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(BusyMonth.departmentsWithoutRates()).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(DEPARTMENTS + "：" + XlsxMonthlyReportRenderer.NO_DATA);
        }
    }

    /** The busy month's PDF, also left in target/ to look at. */
    private static byte[] busyMonth() throws IOException {
        byte[] content = RENDERER.render(BusyMonth.february2026()).content();
        Path sample = Path.of("target", "pdfcharts", "busy-month.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, content);
        return content;
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static int pageWith(PDDocument pdf, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    private static Set<String> operators(PDPage page) throws IOException {
        return new PDFStreamParser(page).parse().stream().filter(Operator.class::isInstance)
                .map(token -> ((Operator) token).getName()).collect(Collectors.toSet());
    }

    private static long pixels(BufferedImage image, Color colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) + Math.abs(pixel.getGreen() - colour.getGreen())
                        + Math.abs(pixel.getBlue() - colour.getBlue()) < 30) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Where each visible character of a page is drawn, in page space. */
    private static List<Rectangle2D> glyphs(PDDocument pdf, int page) throws IOException {
        List<Rectangle2D> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                if (!glyph.getUnicode().isBlank()) {
                    glyphs.add(new Rectangle2D.Float(glyph.getXDirAdj(), glyph.getYDirAdj() - glyph.getHeightDir(),
                            glyph.getWidthDirAdj(), glyph.getHeightDir()));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }
}
