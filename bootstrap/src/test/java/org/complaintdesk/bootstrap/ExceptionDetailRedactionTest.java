package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.data.EventData;
import org.junit.jupiter.api.Test;

class ExceptionDetailRedactionTest {

    @Test
    void an_exception_on_a_span_is_exported_with_its_type_only() {
        var collected = new CollectedSpans(ExceptionDetailRedaction::new);
        Span span = collected.tracer().spanBuilder("call").startSpan();
        span.recordException(new IllegalArgumentException("no complaint for phone 13712345679",
                new IllegalStateException("account GX-8842-7719")));
        span.addEvent("checkpoint");
        span.end();

        var events = collected.spans().getFirst().getEvents();
        assertThat(events).extracting(EventData::getName).containsExactly("exception", "checkpoint");
        assertThat(events.getFirst().getAttributes().asMap())
                .containsOnlyKeys(AttributeKey.stringKey("exception.type"))
                .containsValue(IllegalArgumentException.class.getName());
        assertThat(collected.spans().getFirst().toString()).doesNotContain("13712345679").doesNotContain("GX-8842");
    }

    @Test
    void a_span_without_an_exception_is_exported_as_it_is() {
        var collected = new CollectedSpans(ExceptionDetailRedaction::new);
        Span span = collected.tracer().spanBuilder("call").startSpan();
        span.addEvent("checkpoint");
        span.end();

        assertThat(collected.spans().getFirst().getEvents()).extracting(EventData::getName).containsExactly("checkpoint");
    }
}
