package org.complaintdesk.bootstrap;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;

/**
 * Keeps only the type of an exception recorded on a span. Its message and stack trace (with the
 * messages of its causes) may quote what a caller sent or a row held, which is personal data.
 */
final class ExceptionDetailRedaction implements SpanExporter {
    private static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");

    private final SpanExporter delegate;

    ExceptionDetailRedaction(SpanExporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return delegate.export(spans.stream().map(ExceptionDetailRedaction::redacted).toList());
    }

    static SpanData redacted(SpanData span) {
        if (span.getEvents().stream().noneMatch(event -> event.getAttributes().get(EXCEPTION_TYPE) != null)) {
            return span;
        }
        List<EventData> events = span.getEvents().stream().map(ExceptionDetailRedaction::typeOnly).toList();
        return new DelegatingSpanData(span) {
            @Override
            public List<EventData> getEvents() {
                return events;
            }
        };
    }

    private static EventData typeOnly(EventData event) {
        String type = event.getAttributes().get(EXCEPTION_TYPE);
        if (type == null) {
            return event;
        }
        return EventData.create(event.getEpochNanos(), event.getName(), Attributes.of(EXCEPTION_TYPE, type));
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }
}
