package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.rpc.ErrorInfo;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.GetComplaintResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One caller's calls in flight are bounded; other callers are not held up by it. */
class CallerConcurrencyLimitTest {
    private static final int LIMIT = 2;

    private final CountDownLatch finish = new CountDownLatch(1);
    private final Semaphore started = new Semaphore(0);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CallerConcurrencyLimit limit = new CallerConcurrencyLimit(LIMIT);
    private Server server;
    private ManagedChannel channel;

    /** A GetComplaint that holds its call until the test lets it finish. */
    private final class SlowService extends ComplaintServiceGrpc.ComplaintServiceImplBase {
        @Override
        public void getComplaint(GetComplaintRequest request, StreamObserver<GetComplaintResponse> responses) {
            started.release();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            responses.onNext(GetComplaintResponse.getDefaultInstance());
            responses.onCompleted();
        }
    }

    @BeforeEach
    void start() throws IOException {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).executor(executor)
                .addService(ServerInterceptors.intercept(new SlowService(), limit,
                        // The limit counts whoever the context says calls; identity headers name them simply.
                        CallContextInterceptor.trustingIdentityHeaders()))
                .build().start();
        channel = InProcessChannelBuilder.forName(name).build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        finish.countDown();
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        executor.shutdownNow();
    }

    @Test
    void a_caller_beyond_its_calls_in_flight_is_refused_with_resource_exhausted_while_others_are_served()
            throws Exception {
        List<ListenableFuture<GetComplaintResponse>> held = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            held.add(as("agent-7").getComplaint(GetComplaintRequest.getDefaultInstance()));
        }
        assertThat(started.tryAcquire(LIMIT, 10, TimeUnit.SECONDS)).isTrue();

        StatusRuntimeException refused = failureOf(as("agent-7").getComplaint(GetComplaintRequest.getDefaultInstance()));
        ListenableFuture<GetComplaintResponse> other = as("agent-8").getComplaint(GetComplaintRequest.getDefaultInstance());
        assertThat(started.tryAcquire(1, 10, TimeUnit.SECONDS)).as("another caller is served").isTrue();

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(refused.getStatus().getDescription()).contains("already has 2 calls in flight");
        ErrorInfo info = StatusDetails.only(StatusProto.fromThrowable(refused), ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("CALLER_CONCURRENCY_LIMIT");
        assertThat(info.getMetadataMap()).containsEntry("max_calls_in_flight", "2");
        assertThat(refused.getTrailers().get(CallContextInterceptor.CORRELATION_ID)).isNotBlank();

        finish.countDown();
        for (var call : held) {
            call.get(10, TimeUnit.SECONDS);
        }
        other.get(10, TimeUnit.SECONDS);
        assertThat(as("agent-7").getComplaint(GetComplaintRequest.getDefaultInstance()).get(10, TimeUnit.SECONDS))
                .as("finished calls give their places back").isNotNull();
        // The server learns that a call completed just after the client has its answer.
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (limit.inFlight("user:agent-7") > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(limit.inFlight("user:agent-7")).isZero();
    }

    @Test
    void callers_without_a_user_id_are_counted_by_their_address() throws Exception {
        List<ListenableFuture<GetComplaintResponse>> held = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            held.add(as(null).getComplaint(GetComplaintRequest.getDefaultInstance()));
        }
        assertThat(started.tryAcquire(LIMIT, 10, TimeUnit.SECONDS)).isTrue();

        StatusRuntimeException refused = failureOf(as(null).getComplaint(GetComplaintRequest.getDefaultInstance()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    }

    private ComplaintServiceGrpc.ComplaintServiceFutureStub as(String userId) {
        Metadata headers = new Metadata();
        if (userId != null) {
            headers.put(Metadata.Key.of("x-user-id", Metadata.ASCII_STRING_MARSHALLER), userId);
        }
        return ComplaintServiceGrpc.newFutureStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static StatusRuntimeException failureOf(ListenableFuture<?> call) throws Exception {
        try {
            call.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StatusRuntimeException refused) {
                return refused;
            }
            throw e;
        }
        throw new AssertionError("the call should have been refused");
    }
}
