package org.complaintdesk.adapters.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the report, made once per workbook (a workbook holds at most 64000). */
final class Styles {
    /** SimSun is on every Chinese Windows and in WPS; other systems substitute a CJK font. */
    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle missing;
    final CellStyle wrapped;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle change;
    final CellStyle points;
    final CellStyle decimal;

    Styles(XSSFWorkbook workbook) {
        Font body = font(workbook, 11, false);
        Font bold = font(workbook, 11, true);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, 16, true));
        subtitle = workbook.createCellStyle();
        subtitle.setFont(body);
        header = bordered(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook, body);
        missing = bordered(workbook, body);
        missing.setAlignment(HorizontalAlignment.CENTER);
        wrapped = bordered(workbook, body);
        wrapped.setWrapText(true);
        count = numbers(workbook, body, "#,##0");
        percent = numbers(workbook, body, "0.0%");
        change = numbers(workbook, body, "+0.0%;-0.0%;0.0%");
        points = numbers(workbook, body, "+0.0\"个百分点\";-0.0\"个百分点\";0.0\"个百分点\"");
        decimal = numbers(workbook, body, "0.0");
    }

    private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle numbers(XSSFWorkbook workbook, Font font, String format) {
        CellStyle style = bordered(workbook, font);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setAlignment(HorizontalAlignment.RIGHT);
        return style;
    }
}
