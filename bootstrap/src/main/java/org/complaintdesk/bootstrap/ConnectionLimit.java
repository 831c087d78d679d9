package org.complaintdesk.bootstrap;

import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.Channel;
import io.grpc.netty.shaded.io.netty.channel.ChannelHandler;
import io.grpc.netty.shaded.io.netty.channel.ChannelHandlerContext;
import io.grpc.netty.shaded.io.netty.channel.ChannelInboundHandlerAdapter;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.IoHandlerFactory;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.ServerChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.Epoll;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollIoHandler;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollServerSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the connections one instance holds open, so that a client opening thousands of them cannot
 * exhaust its memory and file descriptors: a connection beyond the cap is closed as soon as it is
 * accepted, before its TLS handshake and before any call, and its client sees UNAVAILABLE (and can try
 * another instance, or again later).
 *
 * <p>Why on the listening channel: grpc's {@code ServerTransportFilter} counts transports but cannot close
 * one, and sees them only after the HTTP/2 handshake, so a client stalling in the TLS handshake would
 * never count; refusing the calls of a transport over the cap would still leave its socket and buffers
 * open. A handler on the listening channel, ahead of the acceptor that netty's {@code ServerBootstrap}
 * adds after it, sees every accepted socket first. {@link NettyServerBuilder} takes a channel factory only
 * together with both event loop groups, so this class owns them (of the kind grpc would pick itself:
 * epoll where available, else NIO) and closes them once the server has stopped.
 */
final class ConnectionLimit implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConnectionLimit.class);
    /** A flood of refusals is one warning a minute, not one line per connection. */
    private static final long WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** Enough to tell one client from a crowd; the set lives only until the next warning. */
    private static final int MAX_HOSTS_COUNTED = 1_000;

    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();
    private final boolean epoll = Epoll.isAvailable();
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Gate gate = new Gate();

    // Refusals since the last warning; guarded by this.
    private int refused;
    private final Set<String> refusedHosts = new HashSet<>();
    private long lastWarning;
    private boolean warned;

    ConnectionLimit(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("the server must accept at least one connection");
        }
        this.maxConnections = maxConnections;
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        // One thread accepts, as in grpc's own groups; 0 workers means netty's default (twice the cores).
        this.boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("grpc-boss", true), io);
        this.workers = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("grpc-worker", true), io);
    }

    /** Serves on this class's event loops, through a listening channel that refuses connections beyond the cap. */
    NettyServerBuilder applyTo(NettyServerBuilder server) {
        return server
                .bossEventLoopGroup(boss)
                .workerEventLoopGroup(workers)
                .channelFactory(this::listeningChannel);
    }

    /** Connections open now; for tests. */
    int open() {
        return open.get();
    }

    private ServerChannel listeningChannel() {
        ServerChannel channel = epoll ? new EpollServerSocketChannel() : new NioServerSocketChannel();
        channel.pipeline().addLast(gate);
        return channel;
    }

    /** Stops the event loops; call it once the server has terminated. */
    @Override
    public void close() {
        boss.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        boss.terminationFuture().awaitUninterruptibly(10, TimeUnit.SECONDS);
        workers.terminationFuture().awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    /** Sees each accepted connection before netty's acceptor registers it with a worker. */
    @ChannelHandler.Sharable
    private final class Gate extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            Channel connection = (Channel) message;
            if (open.incrementAndGet() > maxConnections) {
                open.decrementAndGet();
                refuse(connection);
                return;
            }
            connection.closeFuture().addListener(closed -> open.decrementAndGet());
            context.fireChannelRead(connection);
        }
    }

    private void refuse(Channel connection) {
        SocketAddress remote = connection.remoteAddress();
        // Not yet registered with an event loop: closed the way netty's acceptor closes one it cannot register.
        connection.unsafe().closeForcibly();
        warn(remote);
    }

    private synchronized void warn(SocketAddress remote) {
        refused++;
        if (refusedHosts.size() < MAX_HOSTS_COUNTED) {
            refusedHosts.add(remote instanceof InetSocketAddress inet ? inet.getHostString() : String.valueOf(remote));
        }
        long now = System.nanoTime();
        if (warned && now - lastWarning < WARNING_INTERVAL_NANOS) {
            return;
        }
        // Counts only: the addresses themselves say who calls, which the log does not keep.
        log.warn("refused {} connection(s) from {}{} host(s): this instance already holds {} open connections, "
                        + "its maximum (COMPLAINTS_MAX_CONNECTIONS); further refusals are counted into one line a minute at most",
                refused, refusedHosts.size(), refusedHosts.size() >= MAX_HOSTS_COUNTED ? " or more" : "",
                maxConnections);
        refused = 0;
        refusedHosts.clear();
        lastWarning = now;
        warned = true;
    }
}
