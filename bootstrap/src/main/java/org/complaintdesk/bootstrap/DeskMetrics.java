package org.complaintdesk.bootstrap;

import io.grpc.ServerInterceptor;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.grpc.MetricCollectingServerInterceptor;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Set;

/**
 * The instance's meters in the Prometheus format: gRPC calls, the connection pool, the clock
 * monitor, the register's figures, the JVM and the process. Every meter carries
 * {@code application=complaintdesk}; no label carries a ticket number, a user or a unit.
 */
final class DeskMetrics implements AutoCloseable {
    /** Content type of the OpenMetrics text format, which Prometheus asks for first. */
    static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    /** Content type of the classic Prometheus text format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** Latencies whose buckets are published, so that Prometheus computes quantiles across instances. */
    private static final Set<String> HISTOGRAMS = Set.of("grpc.server.processing.duration",
            "hikaricp.connections.acquire", MonitorMetrics.PASS, RelayMetrics.PASS);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    DeskMetrics() {
        registry.config().commonTags("application", "complaintdesk").meterFilter(histograms());
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /**
     * Buckets from 1 ms to 30 s, thirteen of them: Micrometer's own percentile histogram would
     * publish 69 per method and status code, thousands of series for what a dozen answers.
     */
    private static MeterFilter histograms() {
        double[] bounds = java.util.stream.Stream.of(1, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000)
                .mapToDouble(ms -> (double) Duration.ofMillis(ms).toNanos()).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HISTOGRAMS.contains(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(bounds).build().merge(config);
            }
        };
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * Counts every call by service, method and status code, with its latency: registered
     * outermost, it sees calls that authentication or the per-caller limit refuse too.
     */
    ServerInterceptor grpcCalls() {
        return new MetricCollectingServerInterceptor(registry);
    }

    /** Writes every meter in the format {@code accept} asks for; returns that format's content type. */
    String scrape(String accept, OutputStream out) throws IOException {
        String type = accept != null && accept.contains("application/openmetrics-text") ? OPENMETRICS : PROMETHEUS_TEXT;
        registry.scrape(out, type);
        return type;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
