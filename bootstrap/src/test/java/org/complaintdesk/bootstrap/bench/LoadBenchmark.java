package org.complaintdesk.bootstrap.bench;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintKind;
import org.complaintdesk.api.v1.ComplaintServiceGrpc.ComplaintServiceBlockingStub;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.ListComplaintsResponse;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.complaintdesk.bootstrap.e2e.Tokens;

/**
 * Load benchmark, run on demand (not a test): N concurrent gRPC clients create, get and list
 * complaints against the real server and PostgreSQL, then the same number of inserts run as raw
 * JDBC for comparison; then every client drives complaints through their whole life (see
 * {@link LifecycleLoad}). Run with {@code ./build.sh -Pbench -pl bootstrap -am -DskipTests verify};
 * {@code -Dbench.clients=32 -Dbench.requests=300 -Dbench.lifecycles=30} set the load.
 */
public final class LoadBenchmark {
    private final int clients;
    private final int requests;
    private final ExecutorService pool;

    private LoadBenchmark(int clients, int requests) {
        this.clients = clients;
        this.requests = requests;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        int requests = Integer.getInteger("bench.requests", 300);
        new LoadBenchmark(clients, requests).run();
        System.exit(0);
    }

    private void run() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        TestDatabase.clear();
        try (Database database = Database.connect(server.jdbcUrl(), server.user(), server.password(), 16);
             ComplaintDesk desk = ComplaintDesk.startOn(database, ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0)) {
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", desk.port()).usePlaintext().build();
            Tokens tokens = Tokens.of(desk);
            ComplaintServiceBlockingStub stub = ComplaintServiceGrpc.newBlockingStub(channel).withInterceptors(
                    MetadataUtils.newAttachHeadersInterceptor(tokens.headers("bench-agent", "AGENT", "gridco/east")));

            System.out.printf("complaintdesk load benchmark: %d clients x %d requests, PostgreSQL at %s, %d cores%n",
                    clients, requests, server.jdbcUrl(), Runtime.getRuntime().availableProcessors());
            phase(requests / 10, i -> stub.createComplaint(create(i)));  // warm-up: JIT, pools, caches

            List<List<String>> names = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                names.add(new ArrayList<>());
            }
            Latencies creates = phase("CreateComplaint", (client, i) ->
                    names.get(client).add(stub.createComplaint(create(client * 1_000_000 + i)).getComplaint().getName()));
            Latencies gets = phase("GetComplaint", (client, i) ->
                    stub.getComplaint(GetComplaintRequest.newBuilder().setName(names.get(client).get(i)).build()));
            Latencies lists = phase("ListComplaints (page 50)", (client, i) -> {
                ListComplaintsResponse first = stub.listComplaints(listRequest(i).build());
                if (first.getComplaintsCount() == 0) {
                    throw new IllegalStateException("empty list page");
                }
            });
            Latencies nextPages = phase("ListComplaints (next page)", (client, i) -> {
                ListComplaintsResponse first = stub.listComplaints(listRequest(i).setPageSize(50).build());
                if (!first.getNextPageToken().isEmpty()) {
                    stub.listComplaints(listRequest(i).setPageToken(first.getNextPageToken()).build());
                }
            });
            Latencies raw = rawInserts(database.dataSource());

            System.out.println();
            System.out.println(Latencies.header());
            for (Latencies l : List.of(creates, gets, lists, nextPages, raw)) {
                System.out.println(l.row());
            }
            System.out.printf("%nCreateComplaint over gRPC reaches %.1f%% of raw JDBC insert throughput "
                            + "(raw/gRPC = %.2f); p99 ratio gRPC/raw = %.2f%n",
                    100 * creates.throughput() / raw.throughput(), raw.throughput() / creates.throughput(),
                    creates.percentileMillis(99) / raw.percentileMillis(99));

            LifecycleLoad.run(pool, clients, Integer.getInteger("bench.lifecycles", Math.max(1, requests / 10)),
                    channel, tokens, i -> create(i).getComplaint().toBuilder());
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private interface ClientCall {
        void call(int client, int i) throws Exception;
    }

    private interface WarmUpCall {
        void call(int i) throws Exception;
    }

    private void phase(int perClient, WarmUpCall call) throws Exception {
        phase("warm-up", perClient, (client, i) -> call.call(client * 1_000_000 + 900_000 + i));
    }

    private Latencies phase(String method, ClientCall call) throws Exception {
        return phase(method, requests, call);
    }

    private Latencies phase(String method, int perClient, ClientCall call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Callable<long[]> work = () -> {
                long[] nanos = new long[perClient];
                start.await();
                for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    call.call(client, i);
                    nanos[i] = System.nanoTime() - t0;
                }
                return nanos;
            };
            futures.add(pool.submit(work));
        }
        long t0 = System.nanoTime();
        start.countDown();
        List<long[]> perClientNanos = new ArrayList<>();
        for (Future<long[]> f : futures) {
            perClientNanos.add(f.get());
        }
        return Latencies.merge(method, perClientNanos, System.nanoTime() - t0);
    }

    private static ListComplaintsRequest.Builder listRequest(int i) {
        ListComplaintsRequest.Builder request = ListComplaintsRequest.newBuilder().setPageSize(50);
        return switch (i % 4) {
            case 0 -> request;
            case 1 -> request.setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_WATER);
            case 2 -> request.setSeverity(Severity.SEVERITY_LEVEL_3);
            default -> request.setOrgUnit("bench/unit-" + (i % 8));
        };
    }

    private static final UtilityDomain[] DOMAINS = {UtilityDomain.UTILITY_DOMAIN_ELECTRICITY,
            UtilityDomain.UTILITY_DOMAIN_WATER, UtilityDomain.UTILITY_DOMAIN_GAS, UtilityDomain.UTILITY_DOMAIN_HEATING};

    static CreateComplaintRequest create(int i) {
        Instant received = Instant.now().minusSeconds(60 + i % 86_400);
        return CreateComplaintRequest.newBuilder()
                .setRequestId(UUID.randomUUID().toString())
                .setComplaint(Complaint.newBuilder()
                        .setComplainant(Complainant.newBuilder().setDisplayName("李雷").setPhoneNumber("13800138000")
                                .setAccountNumber("3200123456").setAddress("南京市鼓楼区中山路1号"))
                        .setChannel(Channel.CHANNEL_HOTLINE)
                        .setReceiveTime(com.google.protobuf.Timestamp.newBuilder()
                                .setSeconds(received.getEpochSecond()).setNanos(received.getNano()))
                        .setKind(ComplaintKind.COMPLAINT_KIND_COMPLAINT)
                        .setUtilityDomain(DOMAINS[i % DOMAINS.length])
                        .setNature(Nature.NATURE_BILLING)
                        .setTopic("estimated meter reading")
                        .setDescription("十月电费是平时的两倍，抄表员没有上门。")
                        .setDemand("重新抄表并更正账单。")
                        .setOrgUnit("bench/unit-" + (i % 8)))
                .build();
    }

    /** The same rows as a registration writes (request log + complaint, one transaction), as plain JDBC. */
    private Latencies rawInserts(DataSource dataSource) throws Exception {
        String complaintSql = """
                insert into complaint (id, ticket_number, state, complainant_name_sealed, complainant_phone_sealed,
                  complainant_account_number_sealed, complainant_address_sealed, personal_data_key_id,
                  complainant_phone_index, complainant_account_number_index, contact_preference, channel, received_at, kind,
                  utility_domain, nature, topic, safety_hazard, large_area_interruption, wide_area_quality_problem,
                  proposed_severity, severity, priority, description, demand, org_unit, intake_unit, registered_by,
                  registered_at, updated_at, version)
                values (?, ?, 'REGISTERED', decode(md5('n'), 'hex'), decode(md5('p'), 'hex'), decode(md5('a'), 'hex'),
                  decode(md5('d'), 'hex'), 1, decode(md5('pi'), 'hex'), decode(md5('ai'), 'hex'), 'PHONE',
                  'HOTLINE', ?, 'COMPLAINT', ?, 'BILLING', 'estimated meter reading', false, false, false, 3, 3,
                  'NORMAL', '十月电费是平时的两倍，抄表员没有上门。', '重新抄表并更正账单。', ?, ?, 'bench-agent', ?, ?, 1)""";
        String requestSql = "insert into request_log (request_id, operation, fingerprint, complaint_id) values (?, 'CreateComplaint', ?, ?)";
        String[] domains = {"ELECTRICITY", "WATER", "GAS", "HEATING"};
        return phase("raw JDBC insert (baseline)", (client, i) -> {
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement request = connection.prepareStatement(requestSql);
                     PreparedStatement complaint = connection.prepareStatement(complaintSql)) {
                    complaint.setObject(1, id);
                    complaint.setString(2, String.format("TS20990101%07d", client * 10_000 + i + 1));
                    complaint.setTimestamp(3, Timestamp.from(now.minusSeconds(60 + i % 86_400)));
                    complaint.setString(4, domains[i % domains.length]);
                    complaint.setString(5, "bench/unit-" + (i % 8));
                    complaint.setString(6, "bench/unit-" + (i % 8));
                    complaint.setTimestamp(7, Timestamp.from(now));
                    complaint.setTimestamp(8, Timestamp.from(now));
                    complaint.executeUpdate();
                    request.setString(1, UUID.randomUUID().toString());
                    request.setString(2, "f".repeat(64));
                    request.setObject(3, id);
                    request.executeUpdate();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
        });
    }
}
