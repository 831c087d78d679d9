package org.complaintdesk.adapters.grpc;

import io.grpc.Context;

/** What {@link CallContextInterceptor} learns about a call, for the service methods that serve it. */
final class CallContext {
    /** Seen only when the interceptor is not installed; then errors cannot be correlated. */
    static final String NO_CORRELATION_ID = "none";

    static final Context.Key<String> CORRELATION_ID = Context.keyWithDefault("complaintdesk.correlation-id", NO_CORRELATION_ID);
    static final Context.Key<Caller> CALLER = Context.keyWithDefault("complaintdesk.caller", Caller.ANONYMOUS);
    /** The method's name in its service, e.g. GetComplaint: the "why" of a record of personal data access. */
    static final Context.Key<String> METHOD = Context.keyWithDefault("complaintdesk.method", "unknown");

    private CallContext() {
    }

    static String correlationId() {
        return CORRELATION_ID.get();
    }

    static Caller caller() {
        return CALLER.get();
    }

    static String method() {
        return METHOD.get();
    }
}
