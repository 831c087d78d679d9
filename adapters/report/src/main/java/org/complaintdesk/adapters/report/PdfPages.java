package org.complaintdesk.adapters.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes headings, lines, ruled tables and figures down A4 pages, starting a new page when one is full. */
final class PdfPages implements AutoCloseable {
    private static final float MARGIN = 48;
    private static final float BODY = 9.5f;
    private static final float ROW = 17;
    /** The width of the text, and of every figure. */
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** The tallest figure a page holds between its margins. */
    static final float PAGE_BODY = PDRectangle.A4.getHeight() - 2 * MARGIN;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document, PDFont regular, PDFont bold) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    void heading(String text, float size) throws IOException {
        // A heading keeps the first rows of its table on its page.
        room(size + 14 + 3 * ROW);
        y -= size + 8;
        text(bold, size, MARGIN, y, text);
        y -= 6;
    }

    void line(String text) throws IOException {
        room(ROW);
        y -= ROW - 4;
        text(regular, BODY, MARGIN, y, text);
    }

    /** Something drawn into a box of the text's width, {@code top} its upper edge. */
    interface Figure {
        void draw(PDPageContentStream content, float left, float top, float width) throws IOException;
    }

    /** A figure {@code height} tall, on a new page when this one has no room left for all of it. */
    void figure(float height, Figure figure) throws IOException {
        room(Math.min(height, PAGE_BODY) + 8);
        y -= 8;
        content.saveGraphicsState();
        figure.draw(content, MARGIN, y, WIDTH);
        content.restoreGraphicsState();
        y -= height;
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** A table: the first row is the header; {@code shares} are the columns' shares of the width. */
    void table(float[] shares, List<String[]> rows) throws IOException {
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (y - ROW < MARGIN && r > 0) {
                newPage();
            }
            float x = MARGIN;
            String[] cells = rows.get(r);
            for (int c = 0; c < shares.length; c++) {
                float width = WIDTH * shares[c] / total;
                if (r == 0) {
                    content.setNonStrokingColor(0.8f, 0.88f, 1f);
                    content.addRect(x, y - ROW, width, ROW);
                    content.fill();
                    content.setNonStrokingColor(0f, 0f, 0f);
                }
                content.addRect(x, y - ROW, width, ROW);
                content.stroke();
                PDFont font = r == 0 ? bold : regular;
                String cell = PdfText.fitted(font, BODY, c < cells.length ? cells[c] : "", width - 8);
                // Text columns read from the left, figures line up on the right.
                float textWidth = font.getStringWidth(cell) / 1000 * BODY;
                boolean figure = r > 0 && c > 0 && cell.matches("[-+0-9.,%—]+|[-+0-9.]+个百分点");
                text(font, BODY, figure ? x + width - 4 - textWidth : x + 4, y - ROW + 5, cell);
                x += width;
            }
            y -= ROW;
        }
        y -= 6;
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void text(PDFont font, float size, float x, float atY, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
