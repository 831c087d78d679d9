package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;
import static org.complaintdesk.bootstrap.e2e.ApiClient.timestamp;
import static org.complaintdesk.bootstrap.e2e.ComplaintApiEndToEndTest.unpack;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.type.Date;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.GetMonthlyAnalysisReportRequest;
import org.complaintdesk.api.v1.GetMonthlyAnalysisReportResponse;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The monthly analysis report downloaded through the real server, on complaints registered through it. */
class AnalysisReportEndToEndTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Last month: complete, and within the year a receipt may lie back. */
    private static final YearMonth MONTH = YearMonth.now(ZONE).minusMonths(1);

    @RegisterExtension
    static final RunningDesk running = new RunningDesk();

    @Test
    void a_supervisor_downloads_the_workbook_of_a_unit_below_it_with_that_units_figures() throws IOException {
        registerTheMonths();

        GetMonthlyAnalysisReportResponse file = running.client().reports("sup-1", "SUPERVISOR", "gridco")
                .getMonthlyAnalysisReport(request().setOrgUnit("gridco/east").build());

        assertThat(file.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getFileName()).isEqualTo("投诉分析报告_gridco-east_" + MONTH + ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getContent().toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("摘要");
            Row received = rowNamed(workbook.getSheet("摘要"), "受理投诉量（件）");
            assertThat(received.getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(received.getCell(2).getNumericCellValue()).isEqualTo(2);

            XSSFSheet natures = workbook.getSheet("投诉性质");
            assertThat(rowNamed(natures, "收费").getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(rowNamed(natures, "收费").getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(rowNamed(natures, "安全").getCell(1).getNumericCellValue()).isEqualTo(2);
            XSSFSheet channels = workbook.getSheet("投诉渠道");
            assertThat(rowNamed(channels, "服务热线").getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(rowNamed(channels, "微信公众号").getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(rowNamed(channels, "12345热线").getCell(1).getNumericCellValue()).isEqualTo(1);
            XSSFSheet topics = workbook.getSheet("热点主题");
            assertThat(topics.getRow(3).getCell(1).getStringCellValue()).isEqualTo("电费异常");
            assertThat(topics.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(4);

            XSSFSheet weeks = workbook.getSheet("周趋势");
            assertThat(rowNamed(weeks, "合计").getCell(2).getNumericCellValue()).isEqualTo(6);
            assertThat(weekRow(weeks, MONTH.atDay(3)).getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(weekRow(weeks, MONTH.atDay(10)).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(weekRow(weeks, MONTH.atDay(17)).getCell(2).getNumericCellValue()).isEqualTo(1);

            XSSFSheet departments = workbook.getSheet("部门考核");
            assertThat(rowNamed(departments, "gridco/east/metering").getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(departments.getLastRowNum()).as("one department, then the chart's room").isLessThan(10);

            for (String sheet : List.of("周趋势", "投诉性质", "投诉渠道", "部门考核", "热点主题")) {
                List<XSSFChart> charts = workbook.getSheet(sheet).getDrawingPatriarch().getCharts();
                assertThat(charts).as(sheet).hasSize(1);
                assertThat(charts.getFirst().getChartSeries().getFirst().getSeriesCount()).as(sheet).isPositive();
            }
            assertThat(workbook.getSheet("预警").getRow(3).getCell(0).getStringCellValue())
                    .as("the warnings are wired: none was raised").isEqualTo("本月未触发预警");
        }
    }

    @Test
    void without_a_unit_the_report_covers_the_callers_own_unit() throws IOException {
        registerTheMonths();

        GetMonthlyAnalysisReportResponse file = running.client().reports("agent-w", "AGENT", "gridco/west")
                .getMonthlyAnalysisReport(request().build());

        assertThat(file.getFileName()).contains("gridco-west");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getContent().toByteArray()))) {
            assertThat(rowNamed(workbook.getSheet("摘要"), "受理投诉量（件）").getCell(1).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void the_same_report_comes_as_a_pdf_with_the_same_figures() throws IOException {
        registerTheMonths();

        GetMonthlyAnalysisReportResponse file = running.client().reports("sup-1", "SUPERVISOR", "gridco")
                .getMonthlyAnalysisReport(request().setOrgUnit("gridco/east").setFormat(ReportFormat.REPORT_FORMAT_PDF).build());

        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getFileName()).isEqualTo("投诉分析报告_gridco-east_" + MONTH + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.getContent().toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("单位：gridco/east", "受理投诉量（件） 6 2", "收费 4 66.7% 2", "gridco/east/metering 2");
        }
    }

    @Test
    void a_unit_outside_the_callers_and_an_administrator_are_refused() {
        var outside = assertThatThrownBy(() -> running.client().reports("h-1", "HANDLER", "gridco/west")
                .getMonthlyAnalysisReport(request().setOrgUnit("gridco/east").build()))
                .isInstanceOf(StatusRuntimeException.class).actual();
        assertThat(((StatusRuntimeException) outside).getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(unpack((StatusRuntimeException) outside, ErrorInfo.class).getReason()).isEqualTo("UNIT_OUT_OF_REACH");

        var admin = (StatusRuntimeException) assertThatThrownBy(() -> running.client().reports("a-1", "ADMINISTRATOR", "gridco")
                .getMonthlyAnalysisReport(request().build())).actual();
        assertThat(admin.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(unpack(admin, ErrorInfo.class).getReason()).isEqualTo("ROLE_NOT_PERMITTED");
    }

    @Test
    void a_month_not_begun_a_date_with_a_day_and_a_malformed_unit_are_reported_together_or_in_turn() {
        var malformed = (StatusRuntimeException) assertThatThrownBy(() -> running.client()
                .reports("sup-1", "SUPERVISOR", "gridco")
                .getMonthlyAnalysisReport(GetMonthlyAnalysisReportRequest.newBuilder()
                        .setMonth(Date.newBuilder().setYear(2026).setMonth(3).setDay(15)).setOrgUnit("grid co").build()))
                .actual();
        assertThat(malformed.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(unpack(malformed, BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField).containsExactlyInAnyOrder("month", "org_unit");

        YearMonth next = YearMonth.now(ZONE).plusMonths(1);
        var future = (StatusRuntimeException) assertThatThrownBy(() -> running.client()
                .reports("sup-1", "SUPERVISOR", "gridco")
                .getMonthlyAnalysisReport(GetMonthlyAnalysisReportRequest.newBuilder()
                        .setMonth(Date.newBuilder().setYear(next.getYear()).setMonth(next.getMonthValue())).build()))
                .actual();
        assertThat(future.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(unpack(future, BadRequest.class).getFieldViolations(0).getDescription()).contains("MONTH_IN_FUTURE");
    }

    private static GetMonthlyAnalysisReportRequest.Builder request() {
        return GetMonthlyAnalysisReportRequest.newBuilder()
                .setMonth(Date.newBuilder().setYear(MONTH.getYear()).setMonth(MONTH.getMonthValue()));
    }

    /** East: 6 complaints in the month and 2 the month before; west: 3 in the month. */
    private static void registerTheMonths() {
        for (int i = 0; i < 3; i++) {
            register("gridco/east", MONTH.atDay(3), Nature.NATURE_BILLING, Channel.CHANNEL_HOTLINE, "电费异常");
        }
        // Both safety complaints go to the metering department, whose assessment row the report shows.
        var lifecycle = new Lifecycle(running.client());
        for (int i = 0; i < 2; i++) {
            lifecycle.dispatch(lifecycle.accept(
                    register("gridco/east", MONTH.atDay(10), Nature.NATURE_SAFETY, Channel.CHANNEL_WECHAT, "停电")));
        }
        register("gridco/east", MONTH.atDay(17), Nature.NATURE_BILLING, Channel.CHANNEL_CITY_HOTLINE_12345, "电费异常");
        register("gridco/east", MONTH.minusMonths(1).atDay(12), Nature.NATURE_BILLING, Channel.CHANNEL_HOTLINE, "电费异常");
        register("gridco/east", MONTH.minusMonths(1).atDay(20), Nature.NATURE_BILLING, Channel.CHANNEL_HOTLINE, "电费异常");
        for (int i = 0; i < 3; i++) {
            register("gridco/west", MONTH.atDay(5), Nature.NATURE_SERVICE_QUALITY, Channel.CHANNEL_HOTLINE, "服务态度");
        }
    }

    private static Complaint register(String unit, LocalDate day, Nature nature, Channel channel, String topic) {
        return running.client().as("agent-" + unit.replace('/', '-'), "AGENT", unit).createComplaint(create(billingComplaint()
                .setOrgUnit(unit).setNature(nature).setChannel(channel).setTopic(topic)
                .setReceiveTime(timestamp(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant()))).build()).getComplaint();
    }

    /** The row of the week (cut to the month) that holds {@code day}, found by its date label. */
    private static Row weekRow(XSSFSheet weeks, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = monday.isBefore(MONTH.atDay(1)) ? MONTH.atDay(1) : monday;
        LocalDate last = monday.plusDays(6).isAfter(MONTH.atEndOfMonth()) ? MONTH.atEndOfMonth() : monday.plusDays(6);
        String label = first.getMonthValue() + "/" + first.getDayOfMonth() + "–" + last.getMonthValue() + "/" + last.getDayOfMonth();
        List<String> seen = new ArrayList<>();
        for (Row row : weeks) {
            if (row.getCell(1) != null && row.getCell(1).toString().equals(label)) {
                return row;
            }
            seen.add(row.getCell(1) == null ? "" : row.getCell(1).toString());
        }
        throw new AssertionError("no week " + label + " in " + seen);
    }

    private static Row rowNamed(XSSFSheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " on " + sheet.getSheetName());
    }
}
