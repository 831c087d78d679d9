package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A real server capped at two connections, and real clients: each channel is a connection of its own. */
class ConnectionLimitTest {
    private static final int CAP = 2;

    private final ConnectionLimit connections = new ConnectionLimit(CAP);
    private final List<ManagedChannel> channels = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ConnectionLimit.class);
    private Server server;

    @BeforeEach
    void start() throws IOException {
        log.start();
        logger.addAppender(log);
        server = connections.applyTo(ServerLimits.DEFAULTS.applyTo(
                        NettyServerBuilder.forPort(0, InsecureServerCredentials.create())))
                .addService(new HealthStatusManager().getHealthService())
                .build()
                .start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channels.forEach(ManagedChannel::shutdownNow);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        connections.close();
        logger.detachAppender(log);
    }

    @Test
    void a_connection_beyond_the_cap_is_closed_and_its_call_fails_unavailable() {
        ManagedChannel first = connect();
        ManagedChannel second = connect();
        assertThat(check(first)).isEqualTo(ServingStatus.SERVING);
        assertThat(check(second)).isEqualTo(ServingStatus.SERVING);

        ManagedChannel third = connect();

        assertThatThrownBy(() -> check(third)).isInstanceOfSatisfying(StatusRuntimeException.class,
                refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        assertThat(connections.open()).isEqualTo(CAP);
        assertThat(check(first)).isEqualTo(ServingStatus.SERVING);
        assertThat(check(second)).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void a_connection_beyond_the_cap_is_closed_before_the_server_reads_or_writes_a_byte() throws IOException {
        fillTheCap();

        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            // An accepted connection would get the server's HTTP/2 settings, or nothing until the timeout.
            socket.setSoTimeout(5_000);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void a_place_freed_by_a_closed_connection_serves_a_new_one() throws InterruptedException {
        ManagedChannel first = connect();
        assertThat(check(first)).isEqualTo(ServingStatus.SERVING);
        fillTheCap();
        ManagedChannel refused = connect();
        assertThatThrownBy(() -> check(refused)).isInstanceOf(StatusRuntimeException.class);
        // Else its reconnection, after a backoff of about a second, could take the place freed below.
        refused.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);

        first.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        awaitOpenConnections(CAP - 1);

        assertThat(check(connect())).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void refusals_are_one_warning_a_minute_that_counts_them_and_names_no_address() throws IOException {
        fillTheCap();

        for (int i = 0; i < 3; i++) {
            try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
                socket.setSoTimeout(5_000);
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
        }

        assertThat(log.list).singleElement().satisfies(warning -> {
            assertThat(warning.getLevel()).isEqualTo(Level.WARN);
            assertThat(warning.getFormattedMessage())
                    .startsWith("refused 1 connection(s) from 1 host(s)")
                    .contains("COMPLAINTS_MAX_CONNECTIONS")
                    .doesNotContain("127.0.0.1");
        });
    }

    /** Opens and uses as many connections as the cap allows. */
    private void fillTheCap() {
        while (connections.open() < CAP) {
            assertThat(check(connect())).isEqualTo(ServingStatus.SERVING);
        }
    }

    private ManagedChannel connect() {
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
        channels.add(channel);
        return channel;
    }

    private static ServingStatus check(ManagedChannel channel) {
        return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                .check(HealthCheckRequest.getDefaultInstance()).getStatus();
    }

    /** The server learns of a client's close a moment after the client has closed. */
    private void awaitOpenConnections(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (connections.open() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(connections.open()).isEqualTo(expected);
    }
}
