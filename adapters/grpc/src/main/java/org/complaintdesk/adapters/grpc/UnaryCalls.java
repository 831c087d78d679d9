package org.complaintdesk.adapters.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every unary method of this adapter answers: with its response, or with its failure as
 * ErrorTranslator states it; at debug level, one log line per answer, with the call's
 * correlation id in the MDC.
 */
final class UnaryCalls {
    private static final Logger log = LoggerFactory.getLogger(UnaryCalls.class);

    private UnaryCalls() {
    }

    static <R> void respond(StreamObserver<R> responses, Supplier<R> call) {
        long started = System.nanoTime();
        R response;
        try {
            response = call.get();
        } catch (RuntimeException failure) {
            StatusRuntimeException answer = ErrorTranslator.toStatusException(failure, CallContext.correlationId());
            logAnswer(answer.getStatus().getCode(), started);
            responses.onError(answer);
            return;
        }
        logAnswer(Status.Code.OK, started);
        responses.onNext(response);
        responses.onCompleted();
    }

    // The method and the status code only: a failure's message may quote what the caller sent.
    private static void logAnswer(Status.Code code, long started) {
        if (log.isDebugEnabled()) {
            log.debug("{} answered {} after {} ms", CallContext.method(), code,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }
}
