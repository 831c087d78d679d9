package org.complaintdesk.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complaintdesk.application.report.RenderedReport;
import org.complaintdesk.application.report.WarningsSection;
import org.complaintdesk.application.testing.SampleReports;
import org.junit.jupiter.api.Test;

class PdfMonthlyReportRendererTest {
    private static final PdfMonthlyReportRenderer RENDERER = new PdfMonthlyReportRenderer();

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
}
