package org.complaintdesk.adapters.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring, fitting and placing a line of text on a PDF page. */
final class PdfText {
    private PdfText() {
    }

    static float widest(PDFont font, float size, List<String> texts) throws IOException {
        float widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, width(font, size, text));
        }
        return widest;
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text cut with an ellipsis where it would be wider than {@code room}. */
    static String fitted(PDFont font, float size, String text, float room) throws IOException {
        if (width(font, size, text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(font, size, cut + "…") > room) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        // "停电，…" reads as a typo; the ellipsis goes straight after the last word.
        return cut.replaceAll("[\\s，、。；：,;:]+$", "") + "…";
    }

    /**
     * The text broken onto at most {@code lines} lines of {@code room} width, the last cut with an
     * ellipsis if it still runs over. A line breaks after a '/', '-' or space when one is near its
     * end (unit codes, a '/' first), else between any two characters (Chinese needs no spaces).
     */
    static List<String> wrapped(PDFont font, float size, String text, float room, int lines) throws IOException {
        List<String> result = new ArrayList<>();
        String rest = text;
        while (result.size() < lines - 1 && width(font, size, rest) > room) {
            int end = 0;
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                if (width(font, size, rest.substring(0, next)) > room) {
                    break;
                }
                end = next;
            }
            if (end == 0) {
                break;
            }
            int soft = rest.lastIndexOf('/', end - 1);
            if (soft < end / 2) {
                soft = Math.max(rest.lastIndexOf('-', end - 1), rest.lastIndexOf(' ', end - 1));
            }
            if (soft >= end / 2) {
                end = soft + 1;
            }
            result.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        result.add(fitted(font, size, rest, room));
        return result;
    }

    static void text(PDPageContentStream content, PDFont font, float size, Color colour, float x, float y,
                             String text) throws IOException {
        content.setNonStrokingColor(colour);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    static void centred(PDPageContentStream content, PDFont font, float size, Color colour, float x, float y,
                                String text) throws IOException {
        text(content, font, size, colour, x - width(font, size, text) / 2, y, text);
    }
}
