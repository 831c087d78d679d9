package org.complaintdesk.application.report;

/** The file forms the analysis report is produced in. */
public enum ReportFormat {
    /** An Excel workbook (.xlsx) with tables and native charts, for Excel and WPS. */
    XLSX,
    /** A PDF document with the same tables (without the charts), for printing and filing. */
    PDF
}
