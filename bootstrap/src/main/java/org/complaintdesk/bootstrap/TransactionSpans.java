package org.complaintdesk.bootstrap;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * A span per jOOQ transaction run within a traced call, from asking the pool for a connection to
 * the commit or rollback, as a child of the call's span. Transactions outside a call (the clock
 * monitor, the start-up sealing) are not traced: a span without its call would tell nothing.
 * No statement text and no values: only the database system and how the transaction ended; on a
 * rollback, the exception's type, never its message (it may quote a row's values).
 */
final class TransactionSpans implements TransactionListener {
    static final String SPAN_NAME = "db.transaction";
    static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("complaintdesk.transaction.outcome");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private final Tracer tracer;
    /** The key of this listener's span in a transaction's data. */
    private final Object key = new Object();

    TransactionSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    private record Open(Span span, Scope scope) {
    }

    @Override
    public void beginStart(TransactionContext ctx) {
        if (!Span.current().getSpanContext().isValid()) {
            return;
        }
        Span span = tracer.spanBuilder(SPAN_NAME)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(DB_SYSTEM_NAME, "postgresql")
                .setAttribute(DB_SYSTEM, "postgresql")
                .startSpan();
        ctx.data(key, new Open(span, span.makeCurrent()));
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        end(ctx, null);
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        Throwable cause = ctx.cause() != null ? ctx.cause() : ctx.causeThrowable();
        end(ctx, cause == null ? new IllegalStateException("rolled back") : cause);
    }

    private void end(TransactionContext ctx, Throwable failure) {
        // A failed commit ends with commitEnd and then rollbackEnd: the span ends at the first.
        if (!(ctx.data(key) instanceof Open open)) {
            return;
        }
        ctx.data(key, Boolean.FALSE);
        Span span = open.span();
        if (failure == null) {
            span.setAttribute(OUTCOME, "commit");
        } else {
            span.setAttribute(OUTCOME, "rollback");
            span.setAttribute(ERROR_TYPE, failure.getClass().getName());
            span.setStatus(StatusCode.ERROR);
        }
        open.scope().close();
        span.end();
    }

    @Override
    public void beginEnd(TransactionContext ctx) {
    }

    @Override
    public void commitStart(TransactionContext ctx) {
    }

    @Override
    public void rollbackStart(TransactionContext ctx) {
    }
}
