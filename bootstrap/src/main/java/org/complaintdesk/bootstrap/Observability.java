package org.complaintdesk.bootstrap;

import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.complaint.PostgresRegisterCensus;
import org.complaintdesk.application.deadline.ClockMonitor;
import org.complaintdesk.application.port.out.EventLog;

/**
 * The admin port and what it tells, as the desk starts, serves and stops; with the admin port
 * off, nothing is measured and every method leaves things as they are.
 */
final class Observability implements AutoCloseable {
    private final AdminSettings settings;
    private final Optional<DeskMetrics> metrics;
    private final Optional<AdminServer> server;
    private final Optional<MonitorMetrics> monitor;
    private final Readiness readiness = new Readiness();

    private Observability(AdminSettings settings) {
        this.settings = settings;
        this.metrics = settings.enabled() ? Optional.of(new DeskMetrics()) : Optional.empty();
        try {
            this.server = metrics.map(m -> AdminServer.start(settings.port().getAsInt(), m, readiness));
        } catch (RuntimeException e) {
            metrics.ifPresent(DeskMetrics::close);
            throw e;
        }
        this.monitor = metrics.map(m -> new MonitorMetrics(m.registry()));
    }

    /** Opens the admin port now, if configured: liveness answers and readiness says "starting". */
    static Observability start(AdminSettings settings) {
        return new Observability(settings);
    }

    OptionalInt port() {
        return server.map(s -> OptionalInt.of(s.port())).orElse(OptionalInt.empty());
    }

    /** Counts and times every call, outermost of the interceptors. */
    NettyServerBuilder measure(NettyServerBuilder builder) {
        return metrics.map(m -> builder.intercept(m.grpcCalls())).orElse(builder);
    }

    /** The monitor's passes, timed and counted. */
    Supplier<ClockMonitor.Pass> passes(ClockMonitor clockMonitor) {
        return monitor.<Supplier<ClockMonitor.Pass>>map(m -> () -> m.record(clockMonitor::runOnce))
                .orElse(clockMonitor::runOnce);
    }

    /** The passes of relay {@code relay}, timed and counted. */
    Supplier<EventLog.RelayPass> relayPasses(String relay, Supplier<EventLog.RelayPass> passes) {
        return metrics.<Supplier<EventLog.RelayPass>>map(m -> {
            RelayMetrics measured = new RelayMetrics(m.registry(), relay);
            return () -> measured.record(passes);
        }).orElse(passes);
    }

    /** Measures the pool of {@code database} and the register in it, with the desk's clock. */
    void observe(Database database, Clock clock) {
        metrics.ifPresent(m -> {
            database.publishMetricsTo(m.registry());
            RegisterGauges.register(m.registry(), new PostgresRegisterCensus(database.dsl()), clock,
                    settings.figuresRefresh());
        });
    }

    /** The gRPC server is up on {@code database}: ready while the database answers. */
    void serving(Database database) {
        readiness.serving(new DatabaseProbe(database.dataSource()));
    }

    /** Shutdown began: readiness fails from now on, while the admin port stays open. */
    void stopping() {
        readiness.stopping();
    }

    @Override
    public void close() {
        server.ifPresent(AdminServer::close);
        metrics.ifPresent(DeskMetrics::close);
    }
}
