package org.complaintdesk.adapters.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.complaintdesk.application.port.out.MonthlyReportRenderer;
import org.complaintdesk.application.report.MonthlyReport;
import org.complaintdesk.application.report.RaisedWarning;
import org.complaintdesk.application.report.RenderedReport;
import org.complaintdesk.application.report.ReportFormat;
import org.complaintdesk.application.report.Share;
import org.complaintdesk.application.report.WeekCount;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;

/**
 * The monthly analysis report as a PDF: the workbook's tables and charts, one section after
 * another, in Noto Sans SC (embedded as a subset, so the file shows Chinese on any reader).
 */
public final class PdfMonthlyReportRenderer implements MonthlyReportRenderer {
    public static final String CONTENT_TYPE = "application/pdf";
    private static final String FONTS = "/fonts/ttf/NotoSansSC/NotoSansSC-";

    private final byte[] regular;
    private final byte[] bold;

    /** Reads the fonts once (about 10 MB each), so that a missing font fails at start-up. */
    public PdfMonthlyReportRenderer() {
        this.regular = font("Regular");
        this.bold = font("Bold");
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public RenderedReport render(MonthlyReport report) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(Summary.TITLE + " " + report.unit().value() + " " + report.month());
            try (var pages = new PdfPages(document, PDType0Font.load(document, new ByteArrayInputStream(regular), true),
                    PDType0Font.load(document, new ByteArrayInputStream(bold), true))) {
                write(report, pages);
            }
            document.save(out);
            return new RenderedReport(out.toByteArray(), CONTENT_TYPE, report.fileBaseName() + ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }

    private static void write(MonthlyReport report, PdfPages pages) throws IOException {
        var charts = new PdfCharts(pages);
        pages.heading(Summary.TITLE, 18);
        pages.line("单位：" + report.unit().value());
        pages.line("统计月份：" + XlsxMonthlyReportRenderer.monthName(report));
        pages.line("生成时间：" + XlsxMonthlyReportRenderer.time(report));

        pages.heading("一、主要指标", 12);
        HandlingIndicators now = report.indicators();
        HandlingIndicators before = report.previousMonth();
        List<String[]> summary = new ArrayList<>();
        summary.add(new String[] {"指标", "本月", "上月", "环比"});
        summary.add(new String[] {"受理投诉量（件）", Figures.count(now.received()), Figures.count(before.received()),
                Figures.change(report.receivedChangeOnMonth())});
        summary.add(new String[] {"去年同月受理量（件）", Figures.count(report.receivedPreviousYear()), Table.MISSING,
                "同比 " + Figures.change(report.receivedChangeOnYear())});
        summary.add(rate("按时办结率", now.onTimeRate(), before.onTimeRate()));
        summary.add(new String[] {"超时环节（件次）", Figures.count(now.breaches()), Figures.count(before.breaches()), ""});
        summary.add(rate("满意率", now.satisfaction().satisfactionRate(), before.satisfaction().satisfactionRate()));
        summary.add(rate("解决率", now.resolutionRate(), before.resolutionRate()));
        summary.add(new String[] {"答复用时中位数（小时）", Figures.decimal(now.timeToReply().medianHours()),
                Figures.decimal(before.timeToReply().medianHours()), ""});
        summary.add(rate("重新处理率", now.reopenRate(), before.reopenRate()));
        summary.add(rate("复查率", now.reviewRate(), before.reviewRate()));
        summary.add(rate("重复投诉率", now.repeatRate(), before.repeatRate()));
        pages.table(new float[] {3, 2, 2, 2}, summary);

        pages.heading("二、每周受理投诉量", 12);
        List<String[]> weeks = new ArrayList<>();
        weeks.add(new String[] {"周次", "日期", "受理量（件）"});
        for (WeekCount week : report.weeks()) {
            weeks.add(new String[] {"第" + week.number() + "周", week.firstDay() + " 至 " + week.lastDay(),
                    Figures.count(week.received())});
        }
        pages.table(new float[] {2, 4, 2}, weeks);
        charts.trend("每周受理投诉量趋势", "受理量（件）",
                report.weeks().stream().map(week -> new PdfCharts.Tick("第" + week.number() + "周",
                        XlsxMonthlyReportRenderer.days(week.firstDay(), week.lastDay()))).toList(),
                report.weeks().stream().map(WeekCount::received).toList());

        shares(pages, charts, "三、按性质分布", "性质", report.natures(), Labels::nature);
        shares(pages, charts, "四、按渠道分布", "渠道", report.channels(), Labels::channel);

        pages.heading("五、部门考核指标", 12);
        List<String[]> departments = new ArrayList<>();
        departments.add(new String[] {"部门", "受理（件）", "按时办结率", "满意率", "解决率"});
        for (DepartmentIndicators department : report.departments()) {
            HandlingIndicators figures = department.indicators();
            departments.add(new String[] {department.department().value(), Figures.count(figures.received()),
                    Figures.percent(figures.onTimeRate()), Figures.percent(figures.satisfaction().satisfactionRate()),
                    Figures.percent(figures.resolutionRate())});
        }
        table(pages, new float[] {4, 2, 2, 2, 2}, departments);
        if (!report.departments().isEmpty()) {
            charts.bars("各部门按时办结率、满意率与解决率", PdfCharts.Scale.PERCENT, "比率",
                    report.departments().stream().map(department -> department.department().value()).toList(),
                    List.of(rates("按时办结率", report, HandlingIndicators::onTimeRate),
                            rates("满意率", report, figures -> figures.satisfaction().satisfactionRate()),
                            rates("解决率", report, HandlingIndicators::resolutionRate)));
        }

        pages.heading("六、热点主题（前" + MonthlyReport.TOP_TOPICS + "位）", 12);
        table(pages, new float[] {4, 2, 2, 2, 2}, shareRows("主题", report.topTopics(), Labels::topic));
        if (!report.topTopics().isEmpty()) {
            charts.bars("热点主题（本月件数）", PdfCharts.Scale.COUNT, "件数",
                    report.topTopics().stream().map(topic -> Labels.topic(topic.key())).toList(),
                    List.of(PdfCharts.Series.counts("本月", report.topTopics().stream().map(Share::count).toList())));
        }

        pages.heading("七、预警情况", 12);
        if (!report.warnings().recorded()) {
            pages.line(XlsxMonthlyReportRenderer.WARNINGS_NOT_RECORDED);
        } else if (report.warnings().warnings().isEmpty()) {
            pages.line(XlsxMonthlyReportRenderer.NO_WARNINGS);
        } else {
            List<String[]> warnings = new ArrayList<>();
            warnings.add(new String[] {"触发时间", "预警规则", "情况", "涉及投诉（件）"});
            for (RaisedWarning warning : report.warnings().warnings()) {
                warnings.add(new String[] {XlsxMonthlyReportRenderer.time(warning.raisedAt(), report.zone()),
                        warning.rule(), warning.description(), Figures.count(warning.complaints())});
            }
            pages.table(new float[] {3, 4, 4, 2}, warnings);
        }
    }

    private static String[] rate(String name, Rate now, Rate before) {
        String points = now.value().flatMap(a -> before.value().map(b -> String.format(Locale.ROOT,
                "%+.1f个百分点", (a - b) * 100))).orElse(Table.MISSING);
        return new String[] {name, Figures.percent(now), Figures.percent(before), points};
    }

    private static PdfCharts.Series rates(String name, MonthlyReport report, Function<HandlingIndicators, Rate> rate) {
        return new PdfCharts.Series(name, report.departments().stream()
                .map(department -> rate.apply(department.indicators()).value()).toList());
    }

    /** A breakdown's table, then its bars of this month beside the previous month. */
    private static void shares(PdfPages pages, PdfCharts charts, String heading, String what, List<Share> shares,
                               UnaryOperator<String> label) throws IOException {
        pages.heading(heading, 12);
        table(pages, new float[] {4, 2, 2, 2, 2}, shareRows(what, shares, label));
        if (!shares.isEmpty()) {
            charts.bars("按" + what + "分布（本月与上月）", PdfCharts.Scale.COUNT, "件数",
                    shares.stream().map(share -> label.apply(share.key())).toList(),
                    List.of(PdfCharts.Series.counts("本月", shares.stream().map(Share::count).toList()),
                            PdfCharts.Series.counts("上月", shares.stream().map(Share::previousMonth).toList())));
        }
    }

    private static List<String[]> shareRows(String what, List<Share> shares, UnaryOperator<String> label) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {what, "本月（件）", "占比", "上月（件）", "环比"});
        for (Share share : shares) {
            rows.add(new String[] {label.apply(share.key()), Figures.count(share.count()), Figures.percent(share.share()),
                    Figures.count(share.previousMonth()), Figures.change(share.change())});
        }
        return rows;
    }

    private static void table(PdfPages pages, float[] shares, List<String[]> rows) throws IOException {
        if (rows.size() == 1) {
            pages.line(XlsxMonthlyReportRenderer.NO_DATA);
            return;
        }
        pages.table(shares, rows);
    }

    private static byte[] font(String weight) {
        try (InputStream in = PdfMonthlyReportRenderer.class.getResourceAsStream(FONTS + weight + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("the font Noto Sans SC " + weight + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
