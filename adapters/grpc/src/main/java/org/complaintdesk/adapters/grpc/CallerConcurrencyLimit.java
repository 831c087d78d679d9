package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the calls one caller has in flight, so that one caller cannot take every thread and
 * database connection of the service: a call beyond the limit is refused at once with
 * RESOURCE_EXHAUSTED, reason {@value #REASON}. A caller is its user id, or for a call without one
 * the host it comes from.
 *
 * <p>Goes inside {@link CallContextInterceptor} (which must be the outer one), so that it sees the
 * caller and its refusals carry the correlation id. Share one instance between the services of a
 * server: the limit counts a caller's calls to all of them.
 */
public final class CallerConcurrencyLimit implements ServerInterceptor {
    static final String REASON = "CALLER_CONCURRENCY_LIMIT";

    private final int maxCallsPerCaller;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    public CallerConcurrencyLimit(int maxCallsPerCaller) {
        if (maxCallsPerCaller < 1) {
            throw new IllegalArgumentException("a caller must be allowed at least one call");
        }
        this.maxCallsPerCaller = maxCallsPerCaller;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String caller = callerKey(call);
        if (!acquire(caller)) {
            StatusRuntimeException refusal = refusal();
            call.close(refusal.getStatus(), refusal.getTrailers() == null ? new Metadata() : refusal.getTrailers());
            return new ServerCall.Listener<>() {
            };
        }
        var releaser = new AtomicBoolean();
        Runnable release = () -> {
            if (releaser.compareAndSet(false, true)) {
                release(caller);
            }
        };
        try {
            return new ReleasingListener<>(next.startCall(call, headers), release);
        } catch (RuntimeException failure) {
            release.run();
            throw failure;
        }
    }

    /** Calls the caller has in flight now; for tests. */
    int inFlight(String caller) {
        return inFlight.getOrDefault(caller, 0);
    }

    private boolean acquire(String caller) {
        var admitted = new AtomicBoolean();
        inFlight.compute(caller, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= maxCallsPerCaller) {
                return count;
            }
            admitted.set(true);
            return current + 1;
        });
        return admitted.get();
    }

    private void release(String caller) {
        // Removing the entry at zero keeps the map as small as the set of callers with calls in flight.
        inFlight.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }

    private static String callerKey(ServerCall<?, ?> call) {
        return CallContext.caller().userId()
                .map(user -> "user:" + user.value())
                .orElseGet(() -> "address:" + host(call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR)));
    }

    private static String host(SocketAddress remote) {
        // The port changes with every connection; the host is who calls.
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }

    private StatusRuntimeException refusal() {
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Code.RESOURCE_EXHAUSTED.getNumber())
                .setMessage("this caller already has " + maxCallsPerCaller
                        + " calls in flight, the most it may have; retry when one of them has finished")
                .addDetails(Any.pack(ErrorInfo.newBuilder()
                        .setDomain(ErrorTranslator.ERROR_DOMAIN)
                        .setReason(REASON)
                        .putMetadata("max_calls_in_flight", Integer.toString(maxCallsPerCaller))
                        .build()))
                .build());
    }

    /** Gives the caller's slot back when the call ends, whichever way it ends. */
    private static final class ReleasingListener<Q> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {
        private final Runnable release;

        ReleasingListener(ServerCall.Listener<Q> delegate, Runnable release) {
            super(delegate);
            this.release = release;
        }

        @Override
        public void onComplete() {
            try {
                super.onComplete();
            } finally {
                release.run();
            }
        }

        @Override
        public void onCancel() {
            try {
                super.onCancel();
            } finally {
                release.run();
            }
        }
    }
}
