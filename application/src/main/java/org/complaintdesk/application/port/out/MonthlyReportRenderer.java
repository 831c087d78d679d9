package org.complaintdesk.application.port.out;

import org.complaintdesk.application.report.MonthlyReport;
import org.complaintdesk.application.report.RenderedReport;
import org.complaintdesk.application.report.ReportFormat;

/** Lays out a monthly analysis report as a file of one format. */
public interface MonthlyReportRenderer {

    ReportFormat format();

    /** The report as a file of {@link #format()}. */
    RenderedReport render(MonthlyReport report);
}
