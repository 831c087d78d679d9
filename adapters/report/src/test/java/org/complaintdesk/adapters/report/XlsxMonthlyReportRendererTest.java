package org.complaintdesk.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complaintdesk.application.report.MonthlyReport;
import org.complaintdesk.application.report.RenderedReport;
import org.complaintdesk.application.report.WarningsSection;
import org.complaintdesk.application.testing.SampleReports;
import org.junit.jupiter.api.Test;

class XlsxMonthlyReportRendererTest {
    private final XlsxMonthlyReportRenderer renderer = new XlsxMonthlyReportRenderer();

    @Test
    void the_workbook_opens_with_the_summary_first_and_a_sheet_per_section() throws IOException {
        RenderedReport file = renderer.render(SampleReports.march2026(SampleReports.oneWarning()));

        assertThat(file.contentType()).isEqualTo(XlsxMonthlyReportRenderer.CONTENT_TYPE);
        assertThat(file.fileName()).isEqualTo("投诉分析报告_gridco-east_2026-03.xlsx");
        try (var workbook = open(file)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("摘要", "周趋势", "投诉性质", "投诉渠道", "部门考核", "热点主题", "预警");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void the_summary_shows_the_months_figures_beside_the_previous_month_as_numbers_with_formats() throws IOException {
        try (var workbook = open(renderer.render(SampleReports.march2026(SampleReports.oneWarning())))) {
            XSSFSheet summary = workbook.getSheet("摘要");
            assertThat(text(summary, 0, 0)).isEqualTo("投诉分析报告");
            assertThat(text(summary, 1, 0)).isEqualTo("单位：gridco/east");
            assertThat(text(summary, 2, 0)).isEqualTo("统计月份：2026年3月");
            assertThat(text(summary, 3, 0)).isEqualTo("生成时间：2026-04-01 09:00（Asia/Shanghai）");
            Row received = rowNamed(summary, "受理投诉量（件）");
            assertThat(received.getCell(1).getNumericCellValue()).isEqualTo(30);
            assertThat(received.getCell(2).getNumericCellValue()).isEqualTo(15);
            assertThat(shown(received.getCell(3))).isEqualTo("+100.0%");
            Row onTime = rowNamed(summary, "按时办结率");
            assertThat(onTime.getCell(1).getNumericCellValue()).isEqualTo(0.9);
            assertThat(shown(onTime.getCell(1))).isEqualTo("90.0%");
            assertThat(shown(onTime.getCell(2))).isEqualTo("66.7%");
            assertThat(shown(onTime.getCell(3))).isEqualTo("+23.3个百分点");
            assertThat(shown(rowNamed(summary, "满意率").getCell(1))).isEqualTo("85.0%");
            assertThat(shown(rowNamed(summary, "答复用时中位数（小时）").getCell(1))).isEqualTo("30.5");
            assertThat(rowNamed(summary, "预警（条）").getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getColumnWidth(4)).isGreaterThan(summary.getColumnWidth(1));
        }
    }

    @Test
    void each_section_holds_its_rows_with_chinese_labels() throws IOException {
        try (var workbook = open(renderer.render(SampleReports.march2026(SampleReports.oneWarning())))) {
            XSSFSheet weeks = workbook.getSheet("周趋势");
            assertThat(text(weeks, 2, 0)).isEqualTo("周次");
            assertThat(text(weeks, 3, 1)).isEqualTo("3/1–3/1");
            assertThat(text(weeks, 8, 1)).isEqualTo("3/30–3/31");
            assertThat(weeks.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(rowNamed(weeks, "合计").getCell(2).getNumericCellValue()).isEqualTo(30);

            XSSFSheet natures = workbook.getSheet("投诉性质");
            assertThat(text(natures, 3, 0)).isEqualTo("收费");
            assertThat(shown(natures.getRow(3).getCell(2))).isEqualTo("66.7%");
            assertThat(shown(natures.getRow(4).getCell(4))).isEqualTo("—");
            assertThat(text(workbook.getSheet("投诉渠道"), 5, 0)).isEqualTo("12345热线");

            XSSFSheet departments = workbook.getSheet("部门考核");
            assertThat(text(departments, 3, 0)).isEqualTo("gridco/east/billing");
            assertThat(departments.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(13);
            assertThat(shown(departments.getRow(3).getCell(5))).isEqualTo("92.3%");

            XSSFSheet topics = workbook.getSheet("热点主题");
            assertThat(text(topics, 3, 1)).isEqualTo("电费异常");
            assertThat(topics.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(3);

            XSSFSheet warnings = workbook.getSheet("预警");
            assertThat(text(warnings, 3, 0)).isEqualTo("2026-03-17 10:30");
            assertThat(text(warnings, 3, 3)).isEqualTo("主题“停电”24小时内11件");
        }
    }

    @Test
    void the_charts_are_native_and_drawn_over_the_tables_cells() throws IOException {
        try (var workbook = open(renderer.render(SampleReports.march2026(SampleReports.oneWarning())))) {
            XDDFChartData trend = onlyChart(workbook.getSheet("周趋势")).getChartSeries().getFirst();
            assertThat(trend).isInstanceOf(XDDFLineChartData.class);
            assertThat(trend.getSeriesCount()).isEqualTo(1);
            assertThat(trend.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("周趋势!$B$4:$B$9");
            assertThat(trend.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("周趋势!$C$4:$C$9");
            assertThat(trend.getSeries(0).getValuesData().getPointAt(3)).isEqualTo(12.0);

            XSSFChart natures = onlyChart(workbook.getSheet("投诉性质"));
            assertThat(natures.getTitleText().getString()).isEqualTo("按性质分布（本月与上月）");
            XDDFChartData natureBars = natures.getChartSeries().getFirst();
            assertThat(natureBars).isInstanceOf(XDDFBarChartData.class);
            assertThat(natureBars.getSeriesCount()).isEqualTo(2);
            assertThat(natureBars.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("收费");

            assertThat(onlyChart(workbook.getSheet("投诉渠道")).getChartSeries().getFirst()).isInstanceOf(XDDFBarChartData.class);

            XDDFChartData rates = onlyChart(workbook.getSheet("部门考核")).getChartSeries().getFirst();
            assertThat(rates.getSeriesCount()).isEqualTo(3);
            assertThat(rates.getSeries(2).getValuesData().getDataRangeReference()).isEqualTo("部门考核!$H$4:$H$5");

            assertThat(onlyChart(workbook.getSheet("热点主题")).getChartSeries().getFirst().getSeries(0)
                    .getValuesData().getPointCount()).isEqualTo(3);
        }
    }

    @Test
    void without_recorded_warnings_the_section_says_none_are_recorded() throws IOException {
        MonthlyReport report = SampleReports.march2026(WarningsSection.NOT_RECORDED);

        try (var workbook = open(renderer.render(report))) {
            assertThat(text(workbook.getSheet("预警"), 3, 0)).isEqualTo(XlsxMonthlyReportRenderer.WARNINGS_NOT_RECORDED);
            assertThat(text(workbook.getSheet("摘要"), rowNamed(workbook.getSheet("摘要"), "预警（条）").getRowNum(), 1))
                    .isEqualTo("无记录");
        }
    }

    @Test
    void recorded_but_quiet_warnings_say_that_none_were_raised() throws IOException {
        try (var workbook = open(renderer.render(SampleReports.march2026(new WarningsSection(true, List.of()))))) {
            assertThat(text(workbook.getSheet("预警"), 3, 0)).isEqualTo(XlsxMonthlyReportRenderer.NO_WARNINGS);
        }
    }

    private static XSSFWorkbook open(RenderedReport file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file.content()));
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        return charts.getFirst();
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static String shown(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    private static Row rowNamed(XSSFSheet sheet, String name) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(0) != null && row.getCell(0).toString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }
}
