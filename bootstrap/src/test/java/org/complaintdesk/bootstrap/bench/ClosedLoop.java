package org.complaintdesk.bootstrap.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop: {@code concurrency} callers, each starting its next call when the last one ended,
 * through a warm-up and then a measured window. A call counts when it started and ended inside the
 * window, as in the shared bench's load.js.
 */
final class ClosedLoop {

    @FunctionalInterface
    interface Call {
        void call(int caller, long i) throws Exception;
    }

    private ClosedLoop() {
    }

    static LoadResult run(String method, int concurrency, int warmUpSeconds, int seconds, Call call)
            throws InterruptedException {
        long windowStart = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        long windowEnd = windowStart + seconds * 1_000_000_000L;
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] perCaller = new long[concurrency][];  // each caller's own slot; join() publishes it
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            int caller = c;
            Thread thread = Thread.ofPlatform().name("load-" + c).start(() -> {
                long[] nanos = new long[1024];
                int n = 0;
                long started;
                while ((started = System.nanoTime()) < windowEnd) {
                    try {
                        call.call(caller, sequence.getAndIncrement());
                        long ended = System.nanoTime();
                        if (started >= windowStart && ended <= windowEnd) {
                            if (n == nanos.length) {
                                nanos = Arrays.copyOf(nanos, n * 2);
                            }
                            nanos[n++] = ended - started;
                        }
                    } catch (Exception e) {
                        if (started >= windowStart && errors.incrementAndGet() <= 3) {
                            System.err.println(method + ": " + e);
                        }
                    }
                }
                perCaller[caller] = Arrays.copyOf(nanos, n);
            });
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = Arrays.stream(perCaller).flatMapToLong(Arrays::stream).sorted().toArray();
        return LoadResult.of(method, concurrency, seconds, sorted, errors.get());
    }
}
