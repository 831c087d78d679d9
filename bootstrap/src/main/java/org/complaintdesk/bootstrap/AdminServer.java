package org.complaintdesk.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP port, on all interfaces (the kubelet and Prometheus reach it from outside the
 * pod): {@code GET /metrics} in the Prometheus or OpenMetrics text format, {@code GET /livez} and
 * {@code GET /readyz}. It holds no token check: it tells no personal data, and the operator keeps
 * the port inside the cluster.
 */
final class AdminServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
    static final String METRICS = "/metrics";
    static final String LIVENESS = "/livez";
    static final String READINESS = "/readyz";

    private final HttpServer server;
    private final ExecutorService executor;

    private AdminServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Listens on {@code port} (0: a free one) at once: the probes answer while the rest starts. */
    static AdminServer start(int port, DeskMetrics metrics, Readiness readiness) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the admin port " + port + " (" + AdminSettings.PORT + ")", e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", exchange -> answer(exchange, () -> switch (exchange.getRequestURI().getPath()) {
            case METRICS -> metrics(exchange, metrics);
            case LIVENESS -> alive() ? text(200, "alive") : text(503, "threads deadlocked");
            case READINESS -> {
                String state = readiness.state();
                yield text(state.equals(Readiness.READY) ? 200 : 503, state);
            }
            default -> text(404, "not found: the admin port serves " + METRICS + ", " + LIVENESS + " and " + READINESS);
        }));
        server.start();
        return new AdminServer(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Alive unless the JVM finds threads deadlocked: a restart is then the only way out. */
    private static boolean alive() {
        return ManagementFactory.getThreadMXBean().findDeadlockedThreads() == null;
    }

    private record Reply(int status, String contentType, byte[] body) {
    }

    @FunctionalInterface
    private interface Handler {
        Reply handle() throws IOException;
    }

    private static Reply text(int status, String body) {
        return new Reply(status, "text/plain; charset=utf-8", (body + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Reply metrics(HttpExchange exchange, DeskMetrics metrics) throws IOException {
        var body = new ByteArrayOutputStream(64 * 1024);
        String type = metrics.scrape(exchange.getRequestHeaders().getFirst("Accept"), body);
        return new Reply(200, type, body.toByteArray());
    }

    private static void answer(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            Reply reply;
            try {
                reply = method.equals("GET") || method.equals("HEAD") ? handler.handle() : text(405, "GET only");
            } catch (RuntimeException e) {
                log.error("the admin port could not answer {}", exchange.getRequestURI().getPath(), e);
                reply = text(500, "internal error");
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            exchange.getResponseBody().write(reply.body());
        }
    }

    /** Stops listening at once: by then the instance has left the load balancers. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
    }
}
