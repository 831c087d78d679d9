package org.complaintdesk.bootstrap.bench;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.bootstrap.e2e.Tokens;

/**
 * The load of {@link WriteBenchmark}, run in a JVM of its own so that it takes nothing from the
 * service's: {@code WriteLoadClient HOST:PORT create|get|list CONCURRENCY SECONDS WARMUP_SECONDS},
 * the bearer token in {@code COMPLAINTDESK_TOKEN}. Prints one JSON line (see {@link LoadResult}).
 * Four channels share the callers, as the shared bench's load.js does.
 */
public final class WriteLoadClient {
    private static final int CHANNELS = 4;

    private WriteLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String[] address = args[0].split(":");
        String method = args[1];
        int concurrency = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        Metadata headers = new Metadata();
        headers.put(Tokens.AUTHORIZATION, "Bearer " + System.getenv("COMPLAINTDESK_TOKEN"));
        List<ManagedChannel> channels = new ArrayList<>();
        List<ComplaintServiceBlockingStub> stubs = new ArrayList<>();
        for (int i = 0; i < CHANNELS; i++) {
            ManagedChannel channel = NettyChannelBuilder.forAddress(address[0], Integer.parseInt(address[1]))
                    .usePlaintext().build();
            channels.add(channel);
            stubs.add(ComplaintServiceGrpc.newBlockingStub(channel)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers)));
        }
        ClosedLoop.Call call = switch (method) {
            case "create" -> (caller, i) -> stub(stubs, caller).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .createComplaint(LoadBenchmark.create((int) (i % 1_000_000)));
            case "get" -> gets(stubs);
            case "list" -> (caller, i) -> stub(stubs, caller).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .listComplaints(workQueue(i));
            default -> throw new IllegalArgumentException("method is create, get or list: " + method);
        };
        LoadResult result = ClosedLoop.run(method, concurrency, warmUp, seconds, call);
        System.out.println(result.toJson());
        for (ManagedChannel channel : channels) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static ComplaintServiceBlockingStub stub(List<ComplaintServiceBlockingStub> stubs, int caller) {
        return stubs.get(caller % stubs.size());
    }

    /** Reads 200 complaints registered for the purpose, round and round. */
    private static ClosedLoop.Call gets(List<ComplaintServiceBlockingStub> stubs) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            names.add(stubs.get(0).createComplaint(LoadBenchmark.create(i)).getComplaint().getName());
        }
        return (caller, i) -> stub(stubs, caller).withDeadlineAfter(10, TimeUnit.SECONDS)
                .getComplaint(GetComplaintRequest.newBuilder().setName(names.get((int) (i % names.size()))).build());
    }

    /** The first page of a work queue, by turns unfiltered and by the filters an agent's screen offers. */
    private static ListComplaintsRequest workQueue(long i) {
        ListComplaintsRequest.Builder request = ListComplaintsRequest.newBuilder().setPageSize(50);
        return switch ((int) (i % 6)) {
            case 0 -> request.build();
            case 1 -> request.setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_WATER).build();
            case 2 -> request.setOrgUnit("bench/unit-7").build();
            case 3 -> request.setState(Complaint.State.STATE_REGISTERED).build();
            case 4 -> request.setSeverity(Severity.SEVERITY_LEVEL_3).build();
            default -> request.setChannel(Channel.CHANNEL_LETTER).build();
        };
    }
}
