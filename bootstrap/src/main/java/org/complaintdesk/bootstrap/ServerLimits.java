package org.complaintdesk.bootstrap;

import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What clients may ask of the gRPC server, so that no client can take it down: how many connections
 * the instance holds, streams per connection, message and header sizes, how often a client may ping,
 * how long a connection lives, and how many calls one caller may have in flight.
 */
public record ServerLimits(
        int maxConnections,
        int maxConcurrentStreams,
        int maxInboundMessageBytes,
        int maxHeaderListBytes,
        Duration permitKeepAliveTime,
        Duration maxConnectionIdle,
        Duration maxConnectionAge,
        Duration maxConnectionAgeGrace,
        int maxCallsPerCaller) {
    static final String CONNECTIONS = "COMPLAINTS_MAX_CONNECTIONS";
    static final String STREAMS = "COMPLAINTS_MAX_CONCURRENT_STREAMS";
    static final String MESSAGE_BYTES = "COMPLAINTS_MAX_INBOUND_MESSAGE_BYTES";
    static final String HEADER_BYTES = "COMPLAINTS_MAX_HEADER_LIST_BYTES";
    static final String KEEPALIVE = "COMPLAINTS_PERMIT_KEEPALIVE_SECONDS";
    static final String IDLE = "COMPLAINTS_MAX_CONNECTION_IDLE_SECONDS";
    static final String AGE = "COMPLAINTS_MAX_CONNECTION_AGE_SECONDS";
    static final String AGE_GRACE = "COMPLAINTS_MAX_CONNECTION_AGE_GRACE_SECONDS";
    static final String CALLS_PER_CALLER = "COMPLAINTS_MAX_CALLS_PER_CALLER";

    /**
     * 1000 connections are far more than the call centres' systems and load balancers in front need
     * (each connection carries 100 calls at once), and few enough that their buffers and file
     * descriptors fit an ordinary instance. 100 streams is what HTTP/2 servers commonly allow; 4 MiB is gRPC's own default message limit;
     * 16 KiB of headers leaves room for a bearer token; clients may ping every minute at most; an
     * idle connection goes after 30 minutes, any connection after 2 hours (so that load spreads to
     * new instances), with 30 seconds for its calls to finish. A caller may have 100 calls in flight:
     * one platform account often speaks for a whole call centre, and a client that keeps exactly as
     * many calls open as the limit would otherwise be refused now and then, since the server frees
     * a call's place just after the client has its answer.
     */
    public static final ServerLimits DEFAULTS = new ServerLimits(1_000, 100, 4 * 1024 * 1024, 16 * 1024,
            Duration.ofSeconds(60), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofSeconds(30), 100);

    public ServerLimits {
        if (maxConnections < 1 || maxConcurrentStreams < 1 || maxInboundMessageBytes < 1 || maxHeaderListBytes < 1
                || maxCallsPerCaller < 1) {
            throw new IllegalArgumentException("server limits must be positive");
        }
    }

    /** The limits of the environment; every problem is added to {@code problems}. */
    static ServerLimits read(Map<String, String> env, List<String> problems) {
        ServerLimits d = DEFAULTS;
        return new ServerLimits(
                Config.intSetting(env, CONNECTIONS, d.maxConnections(), 1, 1_000_000, problems),
                Config.intSetting(env, STREAMS, d.maxConcurrentStreams(), 1, 10_000, problems),
                Config.intSetting(env, MESSAGE_BYTES, d.maxInboundMessageBytes(), 1024, 64 * 1024 * 1024, problems),
                Config.intSetting(env, HEADER_BYTES, d.maxHeaderListBytes(), 1024, 1024 * 1024, problems),
                seconds(env, KEEPALIVE, d.permitKeepAliveTime(), 1, problems),
                seconds(env, IDLE, d.maxConnectionIdle(), 1, problems),
                seconds(env, AGE, d.maxConnectionAge(), 1, problems),
                seconds(env, AGE_GRACE, d.maxConnectionAgeGrace(), 0, problems),
                Config.intSetting(env, CALLS_PER_CALLER, d.maxCallsPerCaller(), 1, 10_000, problems));
    }

    private static Duration seconds(Map<String, String> env, String name, Duration fallback, int min,
                                    List<String> problems) {
        return Duration.ofSeconds(Config.intSetting(env, name, (int) fallback.toSeconds(), min, 7 * 86_400, problems));
    }

    /**
     * Sets the limits that the transport enforces; the per-caller limit is an interceptor's, the
     * connection cap {@link ConnectionLimit}'s.
     */
    NettyServerBuilder applyTo(NettyServerBuilder server) {
        return server
                .maxConcurrentCallsPerConnection(maxConcurrentStreams)
                .maxInboundMessageSize(maxInboundMessageBytes)
                .maxInboundMetadataSize(maxHeaderListBytes)
                .permitKeepAliveTime(permitKeepAliveTime.toSeconds(), TimeUnit.SECONDS)
                // A client that pings without calls in flight only keeps an idle connection open.
                .permitKeepAliveWithoutCalls(false)
                .maxConnectionIdle(maxConnectionIdle.toSeconds(), TimeUnit.SECONDS)
                .maxConnectionAge(maxConnectionAge.toSeconds(), TimeUnit.SECONDS)
                .maxConnectionAgeGrace(maxConnectionAgeGrace.toSeconds(), TimeUnit.SECONDS);
    }
}
