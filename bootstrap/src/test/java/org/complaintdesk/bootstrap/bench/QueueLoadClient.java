package org.complaintdesk.bootstrap.bench;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.bootstrap.e2e.Tokens;

/**
 * The load of {@link QueueBenchmark} in a JVM of its own: {@code QueueLoadClient HOST:PORT QUEUE
 * CONCURRENCY SECONDS WARMUP_SECONDS}, the caller's bearer token in {@code COMPLAINTDESK_TOKEN}.
 * A page of fewer than 50 complaints counts as a failed call. Prints one JSON line ({@link LoadResult}).
 */
public final class QueueLoadClient {
    private QueueLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String[] address = args[0].split(":");
        WorkQueue queue = WorkQueue.valueOf(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        Metadata headers = new Metadata();
        headers.put(Tokens.AUTHORIZATION, "Bearer " + System.getenv("COMPLAINTDESK_TOKEN"));
        ManagedChannel channel = NettyChannelBuilder.forAddress(address[0], Integer.parseInt(address[1]))
                .usePlaintext().build();
        var stub = ComplaintServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        ListComplaintsRequest request = queue.request(Instant.now());
        LoadResult result = ClosedLoop.run(queue.name(), concurrency, Integer.parseInt(args[4]),
                Integer.parseInt(args[3]), (caller, i) -> {
                    int listed = stub.withDeadlineAfter(10, TimeUnit.SECONDS).listComplaints(request).getComplaintsCount();
                    if (listed != request.getPageSize()) {
                        throw new IllegalStateException(queue + " listed " + listed + " complaints");
                    }
                });
        System.out.println(result.toJson());
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
