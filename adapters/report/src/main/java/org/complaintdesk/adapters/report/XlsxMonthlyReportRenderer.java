package org.complaintdesk.adapters.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complaintdesk.adapters.report.Charts.Place;
import org.complaintdesk.adapters.report.Charts.Series;
import org.complaintdesk.application.port.out.MonthlyReportRenderer;
import org.complaintdesk.application.report.MonthlyReport;
import org.complaintdesk.application.report.RaisedWarning;
import org.complaintdesk.application.report.RenderedReport;
import org.complaintdesk.application.report.ReportFormat;
import org.complaintdesk.application.report.Share;
import org.complaintdesk.application.report.WeekCount;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.HandlingIndicators;

/**
 * The monthly analysis report as an Excel workbook: a summary sheet first, then one sheet per
 * section, each a table with a native chart over its cells. Headings are in Chinese, as the staff
 * who read it work in Excel or WPS.
 */
public final class XlsxMonthlyReportRenderer implements MonthlyReportRenderer {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SUMMARY = "摘要";
    static final String WEEKS = "周趋势";
    static final String NATURES = "投诉性质";
    static final String CHANNELS = "投诉渠道";
    static final String DEPARTMENTS = "部门考核";
    static final String TOPICS = "热点主题";
    static final String WARNINGS = "预警";
    static final String WARNINGS_NOT_RECORDED = "无记录：本服务尚未接入预警记录，本月预警情况未统计";
    static final String NO_WARNINGS = "本月未触发预警";
    static final String NO_DATA = "本月无数据";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int HEADER_ROW = 2;

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public RenderedReport render(MonthlyReport report) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            new Summary(report, styles).write(sheet(workbook, SUMMARY));
            weeks(report, styles, sheet(workbook, WEEKS));
            shares(report, styles, sheet(workbook, NATURES), "性质", report.natures(), Labels::nature, BarDirection.COL);
            shares(report, styles, sheet(workbook, CHANNELS), "渠道", report.channels(), Labels::channel, BarDirection.BAR);
            departments(report, styles, sheet(workbook, DEPARTMENTS));
            topics(report, styles, sheet(workbook, TOPICS));
            warnings(report, styles, sheet(workbook, WARNINGS));
            workbook.setActiveSheet(0);
            workbook.write(out);
            return new RenderedReport(out.toByteArray(), CONTENT_TYPE, report.fileBaseName() + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
    }

    private static XSSFSheet sheet(XSSFWorkbook workbook, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        return sheet;
    }

    /** The sheet's title in its first row and the table's header row below a gap; frozen under the header. */
    static Table titled(XSSFSheet sheet, Styles styles, MonthlyReport report, String title, String... headers) {
        var table = new Table(sheet, styles, 0);
        table.row().text(title + "（" + report.unit().value() + "，" + monthName(report) + "）", styles.title);
        table.skip(HEADER_ROW - 1);
        table.row().headers(headers);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        return table;
    }

    static String monthName(MonthlyReport report) {
        return report.month().getYear() + "年" + report.month().getMonthValue() + "月";
    }

    static String time(MonthlyReport report) {
        return time(report.generatedAt(), report.zone()) + "（" + report.zone().getId() + "）";
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    private static void widths(XSSFSheet sheet, int... characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * 256);
        }
    }

    private static void weeks(MonthlyReport report, Styles styles, XSSFSheet sheet) {
        Table table = titled(sheet, styles, report, "每周受理投诉量", "周次", "日期", "受理量（件）");
        int first = table.nextRow();
        for (WeekCount week : report.weeks()) {
            table.row().text("第" + week.number() + "周").text(days(week.firstDay(), week.lastDay())).count(week.received());
        }
        int last = table.nextRow() - 1;
        table.row().text("合计", styles.header).text("", styles.header).count(report.received());
        widths(sheet, 10, 14, 14);
        Charts.line(sheet, new Place(4, 0, 14, 20), "每周受理投诉量趋势", 1, first, last, List.of(new Series(HEADER_ROW, 2)));
    }

    static String days(LocalDate first, LocalDate last) {
        return first.getMonthValue() + "/" + first.getDayOfMonth() + "–" + last.getMonthValue() + "/" + last.getDayOfMonth();
    }

    private static void shares(MonthlyReport report, Styles styles, XSSFSheet sheet, String what, List<Share> shares,
                               UnaryOperator<String> label, BarDirection direction) {
        Table table = titled(sheet, styles, report, "按" + what + "分布", what, "本月（件）", "占比", "上月（件）", "环比");
        int first = table.nextRow();
        for (Share share : shares) {
            shareRow(table, styles, label.apply(share.key()), share);
        }
        int last = table.nextRow() - 1;
        totalRow(table, styles, report);
        widths(sheet, 16, 12, 10, 12, 10);
        if (shares.isEmpty()) {
            table.row().text(NO_DATA);
            return;
        }
        Charts.bar(sheet, new Place(6, 0, 16, 20), "按" + what + "分布（本月与上月）", direction, false, 0, first, last,
                List.of(new Series(HEADER_ROW, 1), new Series(HEADER_ROW, 3)));
    }

    private static void shareRow(Table table, Styles styles, String label, Share share) {
        table.row().text(label).count(share.count()).number(share.share().value(), styles.percent)
                .count(share.previousMonth()).number(share.change(), styles.change);
    }

    private static void totalRow(Table table, Styles styles, MonthlyReport report) {
        table.row().text("合计", styles.header).count(report.received())
                .number(report.received() == 0 ? Optional.empty() : Optional.of(1.0), styles.percent)
                .count(report.previousMonth().received()).number(report.receivedChangeOnMonth(), styles.change);
    }

    private static void topics(MonthlyReport report, Styles styles, XSSFSheet sheet) {
        Table table = titled(sheet, styles, report, "热点主题（前" + MonthlyReport.TOP_TOPICS + "位）",
                "排名", "主题", "本月（件）", "占比", "上月（件）", "环比");
        int first = table.nextRow();
        int rank = 1;
        for (Share topic : report.topTopics()) {
            table.row().count(rank++).text(Labels.topic(topic.key())).count(topic.count())
                    .number(topic.share().value(), styles.percent).count(topic.previousMonth())
                    .number(topic.change(), styles.change);
        }
        int last = table.nextRow() - 1;
        widths(sheet, 6, 24, 12, 10, 12, 10);
        if (report.topTopics().isEmpty()) {
            table.row().text(NO_DATA);
            return;
        }
        Charts.bar(sheet, new Place(7, 0, 17, 22), "热点主题（本月件数）", BarDirection.BAR, false, 1, first, last,
                List.of(new Series(HEADER_ROW, 2)));
    }

    private static void departments(MonthlyReport report, Styles styles, XSSFSheet sheet) {
        Table table = titled(sheet, styles, report, "部门考核指标", "部门", "受理（件）", "到期环节（件次）", "按时（件次）",
                "超时（件次）", "按时办结率", "满意率", "解决率", "答复用时中位数（小时）");
        int first = table.nextRow();
        for (DepartmentIndicators department : report.departments()) {
            HandlingIndicators figures = department.indicators();
            long due = figures.onTimeRate().denominator();
            table.row().text(department.department().value()).count(figures.received()).count(due)
                    .count(due - figures.breaches()).count(figures.breaches())
                    .number(figures.onTimeRate().value(), styles.percent)
                    .number(figures.satisfaction().satisfactionRate().value(), styles.percent)
                    .number(figures.resolutionRate().value(), styles.percent)
                    .number(figures.timeToReply().medianHours(), styles.decimal);
        }
        int last = table.nextRow() - 1;
        widths(sheet, 26, 11, 11, 11, 11, 11, 10, 10, 14);
        if (report.departments().isEmpty()) {
            table.row().text(NO_DATA);
            return;
        }
        int below = table.nextRow() + 1;
        Charts.bar(sheet, new Place(0, below, 9, below + 20), "各部门按时办结率、满意率与解决率", BarDirection.COL, true, 0,
                first, last, List.of(new Series(HEADER_ROW, 5), new Series(HEADER_ROW, 6), new Series(HEADER_ROW, 7)));
    }

    private static void warnings(MonthlyReport report, Styles styles, XSSFSheet sheet) {
        Table table = titled(sheet, styles, report, "预警情况", "触发时间", "预警规则", "单位", "情况", "涉及投诉（件）");
        widths(sheet, 20, 28, 20, 36, 12);
        if (!report.warnings().recorded() || report.warnings().warnings().isEmpty()) {
            int row = table.nextRow();
            table.row().text(report.warnings().recorded() ? NO_WARNINGS : WARNINGS_NOT_RECORDED, styles.wrapped);
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 4));
            return;
        }
        for (RaisedWarning warning : report.warnings().warnings()) {
            table.row().text(time(warning.raisedAt(), report.zone()))
                    .text(warning.rule(), styles.wrapped).text(warning.unit().value())
                    .text(warning.description(), styles.wrapped).count(warning.complaints());
        }
    }
}
