package org.complaintdesk.adapters.report;

import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.complaintdesk.application.report.MonthlyReport;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.Rate;

/** The first sheet: who and when, then the month's key figures beside the previous month's, with their definitions. */
final class Summary {
    static final String TITLE = "投诉分析报告";

    private final MonthlyReport report;
    private final Styles styles;

    Summary(MonthlyReport report, Styles styles) {
        this.report = report;
        this.styles = styles;
    }

    void write(XSSFSheet sheet) {
        var table = new Table(sheet, styles, 0);
        table.row().text(TITLE, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        table.row().text("单位：" + report.unit().value(), styles.subtitle);
        table.row().text("统计月份：" + XlsxMonthlyReportRenderer.monthName(report), styles.subtitle);
        table.row().text("生成时间：" + XlsxMonthlyReportRenderer.time(report), styles.subtitle);
        table.skip(1);
        table.row().headers("指标", "本月", "上月", "环比", "口径");
        HandlingIndicators now = report.indicators();
        HandlingIndicators before = report.previousMonth();
        counts(table, "受理投诉量（件）", now.received(), before.received(), "本月收到的投诉（按收到时间）");
        rate(table, "按时办结率", now.onTimeRate(), before.onTimeRate(),
                "各时限在本月到期的环节中按时完成的比例；尚未到期的不计");
        counts(table, "超时环节（件次）", now.breaches(), before.breaches(), "本月到期而未按时完成的环节");
        rate(table, "满意率", now.satisfaction().satisfactionRate(), before.satisfaction().satisfactionRate(),
                "（满意＋基本满意）÷（满意＋基本满意＋不满意），按本月最近一次回访");
        counts(table, "回访不满意（件）", now.satisfaction().unsatisfied(), before.satisfaction().unsatisfied(),
                "本月最近一次回访结果为不满意");
        rate(table, "解决率", now.resolutionRate(), before.resolutionRate(),
                "本月办结的已受理投诉中，处理方案成立且回访未不满意的比例");
        duration(table, "答复用时中位数（小时）", now.timeToReply().medianHours(), before.timeToReply().medianHours(),
                "本月答复的投诉，自收到至答复");
        duration(table, "办结用时中位数（工作日）", now.timeToClose().medianWorkingDays(),
                before.timeToClose().medianWorkingDays(), "本月办结的已受理投诉，自收到至办结");
        rate(table, "重新处理率", now.reopenRate(), before.reopenRate(), "本月答复的投诉中被重新处理的比例");
        rate(table, "复查率", now.reviewRate(), before.reviewRate(), "本月答复的投诉中投诉人申请复查的比例");
        rate(table, "重复投诉率", now.repeatRate(), before.repeatRate(), "本月收到的投诉中，同一电话30日内曾投诉的比例");
        if (report.warnings().recorded()) {
            table.row().text("预警（条）").count(report.warnings().warnings().size()).text(Table.MISSING, styles.missing)
                    .text(Table.MISSING, styles.missing).text("本月触发的预警，见“预警”页", styles.wrapped);
        } else {
            table.row().text("预警（条）").text("无记录").text(Table.MISSING, styles.missing).text(Table.MISSING, styles.missing)
                    .text("尚未接入预警记录", styles.wrapped);
        }
        table.skip(1);
        table.row().headers("同比", "本月", "去年同月", "同比", "口径");
        table.row().text("受理投诉量（件）").count(report.received()).count(report.receivedPreviousYear())
                .number(report.receivedChangeOnYear(), styles.change).text("去年同月收到的投诉", styles.wrapped);
        for (int column = 0; column < 5; column++) {
            sheet.setColumnWidth(column, new int[] {26, 12, 12, 14, 60}[column] * 256);
        }
    }

    private void counts(Table table, String name, long now, long before, String definition) {
        table.row().text(name).count(now).count(before)
                .number(before == 0 ? Optional.empty() : Optional.of((double) (now - before) / before), styles.change)
                .text(definition, styles.wrapped);
    }

    private void rate(Table table, String name, Rate now, Rate before, String definition) {
        Optional<Double> points = now.value().flatMap(a -> before.value().map(b -> (a - b) * 100));
        table.row().text(name).number(now.value(), styles.percent).number(before.value(), styles.percent)
                .number(points, styles.points).text(definition, styles.wrapped);
    }

    private void duration(Table table, String name, Optional<Double> now, Optional<Double> before, String definition) {
        Optional<Double> change = now.flatMap(a -> before.filter(b -> b != 0).map(b -> (a - b) / b));
        table.row().text(name).number(now, styles.decimal).number(before, styles.decimal)
                .number(change, styles.change).text(definition, styles.wrapped);
    }
}
