package org.complaintdesk.application.report;

import java.util.Objects;

/** A report as a file: its bytes, their media type and a file name to save it under. */
public record RenderedReport(byte[] content, String contentType, String fileName) {
    public RenderedReport {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
    }
}
