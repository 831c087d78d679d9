package org.complaintdesk.bootstrap.bench;

import io.grpc.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.bootstrap.e2e.Lifecycle;
import org.complaintdesk.bootstrap.e2e.Tokens;

/**
 * The lifecycle part of the benchmark: every client drives its complaints one after the other from
 * registration to archive (12 calls each, with a compensation that a supervisor approves), and
 * the phase reports complaints completed per second and the latency of each step.
 */
final class LifecycleLoad {

    private record Step(String method, UnaryOperator<Complaint> call) {
    }

    private LifecycleLoad() {
    }

    static void run(ExecutorService pool, int clients, int perClient, Channel channel, Tokens tokens,
                    IntFunction<Complaint.Builder> complaint) throws Exception {
        Lifecycle life = new Lifecycle(channel, tokens);
        List<Step> steps = List.of(
                new Step("AcceptComplaint", life::accept),
                new Step("DispatchComplaint", life::dispatch),
                new Step("RecordComplaintContact", life::contact),
                new Step("RecordComplaintInvestigation", life::investigate),
                new Step("RecordComplaintFinding", c -> life.find(c, Responsibility.RESPONSIBILITY_COMPANY)),
                new Step("ProposeComplaintResolution", c -> life.proposeWithCompensation(c, 50)),
                new Step("ApproveComplaintResolution", c -> life.approve(life.supervisor(), c)),
                new Step("ReplyToComplaint", life::reply),
                new Step("RecordComplaintCallback", c -> life.callBack(c, Satisfaction.SATISFACTION_SATISFIED)),
                new Step("CloseComplaint", life::close),
                new Step("ArchiveComplaint", life::archive));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                // [0] is the registration, then one row per step.
                long[][] nanos = new long[steps.size() + 1][perClient];
                start.await();
                for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    Complaint current = life.register(complaint.apply(client * 1_000_000 + 500_000 + i));
                    nanos[0][i] = System.nanoTime() - t0;
                    for (int s = 0; s < steps.size(); s++) {
                        long ts = System.nanoTime();
                        current = steps.get(s).call().apply(current);
                        nanos[s + 1][i] = System.nanoTime() - ts;
                    }
                    if (current.getState() != Complaint.State.STATE_ARCHIVED) {
                        throw new IllegalStateException("lifecycle ended in " + current.getState());
                    }
                }
                return nanos;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        List<long[][]> results = new ArrayList<>();
        for (Future<long[][]> f : futures) {
            results.add(f.get());
        }
        long wall = System.nanoTime() - t0;

        List<String> names = new ArrayList<>(List.of("CreateComplaint"));
        steps.forEach(step -> names.add(step.method()));
        System.out.println();
        System.out.printf("full lifecycle (register -> archive, %d calls each): %d complaints by %d clients in %.1f s%n",
                names.size(), clients * perClient, clients, wall / 1e9);
        System.out.printf("complaints completed per second: %.1f%n", clients * perClient / (wall / 1e9));
        System.out.printf("%-30s %8s %10s %10s%n", "step", "calls", "p50 ms", "p99 ms");
        for (int s = 0; s < names.size(); s++) {
            int step = s;
            Latencies latencies = Latencies.merge(names.get(s), results.stream().map(r -> r[step]).toList(), wall);
            System.out.printf("%-30s %8d %10.2f %10.2f%n", names.get(s), latencies.nanos().length,
                    latencies.percentileMillis(50), latencies.percentileMillis(99));
        }
    }
}
