package org.complaintdesk.bootstrap;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tracer whose spans, once ended, are kept here as the exporter would see them, through {@code wrap}. */
final class CollectedSpans implements SpanExporter {
    private final List<SpanData> spans = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider;

    CollectedSpans(java.util.function.UnaryOperator<SpanExporter> wrap) {
        provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(wrap.apply(this))).build();
    }

    Tracer tracer() {
        return provider.get("test");
    }

    List<SpanData> spans() {
        return List.copyOf(spans);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> exported) {
        spans.addAll(exported);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
