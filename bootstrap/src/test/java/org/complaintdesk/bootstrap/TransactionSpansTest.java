package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.function.UnaryOperator;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Transactions on the test database, within a span and outside any. */
class TransactionSpansTest {
    private final CollectedSpans collected = new CollectedSpans(UnaryOperator.identity());
    private final DSLContext dsl = TestDatabase.database().dsl().configuration()
            .derive(new TransactionSpans(collected.tracer())).dsl();

    @Test
    void a_committed_transaction_within_a_call_is_a_child_span_that_names_the_database_and_the_outcome() {
        Span call = collected.tracer().spanBuilder("call").startSpan();
        try (Scope ignored = call.makeCurrent()) {
            dsl.transaction(tx -> tx.dsl().select(DSL.inline(1)).fetch());
        } finally {
            call.end();
        }

        SpanData transaction = only(TransactionSpans.SPAN_NAME);
        assertThat(transaction.getParentSpanId()).isEqualTo(call.getSpanContext().getSpanId());
        assertThat(transaction.getTraceId()).isEqualTo(call.getSpanContext().getTraceId());
        assertThat(transaction.getAttributes().get(TransactionSpans.DB_SYSTEM_NAME)).isEqualTo("postgresql");
        assertThat(transaction.getAttributes().get(TransactionSpans.OUTCOME)).isEqualTo("commit");
        assertThat(transaction.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test
    void a_rolled_back_transaction_is_an_error_span_that_names_the_exception_type_but_not_its_message() {
        Span call = collected.tracer().spanBuilder("call").startSpan();
        try (Scope ignored = call.makeCurrent()) {
            assertThatThrownBy(() -> dsl.transaction(tx -> {
                throw new IllegalStateException("complainant 13712345679 at 南宁市青秀区幸福路88号");
            })).isInstanceOf(IllegalStateException.class);
            // The transaction's scope is closed with it: the call's span is current again.
            assertThat(Span.current()).isSameAs(call);
        } finally {
            call.end();
        }

        SpanData transaction = only(TransactionSpans.SPAN_NAME);
        assertThat(transaction.getAttributes().get(TransactionSpans.OUTCOME)).isEqualTo("rollback");
        assertThat(transaction.getAttributes().get(TransactionSpans.ERROR_TYPE)).isEqualTo("java.lang.IllegalStateException");
        assertThat(transaction.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(transaction.toString()).doesNotContain("13712345679").doesNotContain("幸福路");
    }

    @Test
    void a_transaction_outside_any_call_makes_no_span() {
        dsl.transaction(tx -> tx.dsl().select(DSL.inline(1)).fetch());

        assertThat(collected.spans()).isEmpty();
    }

    private SpanData only(String name) {
        return collected.spans().stream().filter(span -> span.getName().equals(name)).reduce((a, b) -> {
            throw new AssertionError("more than one span named " + name + ": " + collected.spans());
        }).orElseThrow(() -> new AssertionError("no span named " + name + ": " + collected.spans()));
    }
}
