package org.complaintdesk.adapters.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML, drawn by Excel, WPS and LibreOffice themselves) over the cells of
 * a sheet, so that the figures and the chart cannot disagree.
 */
final class Charts {
    private static final PresetColor[] COLOURS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN};

    /** Where a chart goes: columns and rows of its top-left and bottom-right corners. */
    record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    /** One series: its name in a header cell and its values in a column. */
    record Series(int headerRow, int column) {
    }

    private Charts() {
    }

    /** A line chart of one or more series over the categories in {@code categoryColumn}, rows first..last. */
    static XSSFChart line(XSSFSheet sheet, Place place, String title, int categoryColumn, int firstRow, int lastRow,
                          List<Series> series) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = valueAxis(chart);
        var data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        data.setVaryColors(false);
        addSeries(sheet, data, categoryColumn, firstRow, lastRow, series);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            var line = (XDDFLineChartData.Series) data.getSeries(i);
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            XDDFLineProperties stroke = new XDDFLineProperties(fill(i));
            stroke.setWidth(2.25);
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    /** A bar chart: columns upwards, or bars across for long category names; percent axis when asked. */
    static XSSFChart bar(XSSFSheet sheet, Place place, String title, BarDirection direction, boolean percent,
                         int categoryColumn, int firstRow, int lastRow, List<Series> series) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis categories = chart.createCategoryAxis(
                direction == BarDirection.BAR ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(direction == BarDirection.BAR ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        if (percent) {
            values.setMaximum(1);
            values.setNumberFormat("0%");
        }
        if (direction == BarDirection.BAR) {
            // Bars across read top-down in the table's order (most frequent first).
            categories.setOrientation(AxisOrientation.MAX_MIN);
            // With the categories reversed, crossing at their maximum keeps the value axis at the bottom.
            values.setCrosses(AxisCrosses.MAX);
        }
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(direction);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        addSeries(sheet, data, categoryColumn, firstRow, lastRow, series);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill(i));
            data.getSeries(i).setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, Place place, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.firstColumn(), place.firstRow(),
                place.lastColumn(), place.lastRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart) {
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        return values;
    }

    private static void addSeries(XSSFSheet sheet, XDDFChartData data, int categoryColumn, int firstRow, int lastRow,
                                  List<Series> series) {
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        for (Series one : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, one.column(), one.column()));
            XDDFChartData.Series added = data.addSeries(categories, values);
            added.setTitle(sheet.getRow(one.headerRow()).getCell(one.column()).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), one.headerRow(), one.column(), true, true));
        }
    }

    private static XDDFSolidFillProperties fill(int series) {
        return new XDDFSolidFillProperties(XDDFColor.from(COLOURS[series % COLOURS.length]));
    }
}
