package org.complaintdesk.adapters.report;

import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes a sheet row by row: a cell per value, each with its style; a missing figure shows as a dash. */
final class Table {
    static final String MISSING = "—";

    private final XSSFSheet sheet;
    private final Styles styles;
    private int next;

    Table(XSSFSheet sheet, Styles styles, int firstRow) {
        this.sheet = sheet;
        this.styles = styles;
        this.next = firstRow;
    }

    /** The index of the row the next {@link #row()} writes. */
    int nextRow() {
        return next;
    }

    void skip(int rows) {
        next += rows;
    }

    Row row() {
        return new Row(sheet.createRow(next++));
    }

    final class Row {
        private final XSSFRow row;
        private int column;

        private Row(XSSFRow row) {
            this.row = row;
        }

        Row text(String value, CellStyle style) {
            cell(style).setCellValue(value);
            return this;
        }

        Row text(String value) {
            return text(value, styles.text);
        }

        /** Header cells, the row tall enough for a heading wrapped onto two lines. */
        Row headers(String... values) {
            row.setHeightInPoints(30);
            for (String value : values) {
                text(value, styles.header);
            }
            return this;
        }

        Row number(double value, CellStyle style) {
            cell(style).setCellValue(value);
            return this;
        }

        Row count(long value) {
            return number(value, styles.count);
        }

        Row number(Optional<Double> value, CellStyle style) {
            return value.isPresent() ? number(value.get(), style) : text(MISSING, styles.missing);
        }

        private XSSFCell cell(CellStyle style) {
            XSSFCell cell = row.createCell(column++);
            cell.setCellStyle(style);
            return cell;
        }
    }
}
