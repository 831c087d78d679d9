package org.complaintdesk.adapters.grpc;

import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/** How every unary method of this adapter answers: with its response, or with its failure as ErrorTranslator states it. */
final class UnaryCalls {

    private UnaryCalls() {
    }

    static <R> void respond(StreamObserver<R> responses, Supplier<R> call) {
        R response;
        try {
            response = call.get();
        } catch (RuntimeException failure) {
            responses.onError(ErrorTranslator.toStatusException(failure, CallContext.correlationId()));
            return;
        }
        responses.onNext(response);
        responses.onCompleted();
    }
}
