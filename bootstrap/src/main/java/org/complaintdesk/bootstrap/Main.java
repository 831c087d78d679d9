package org.complaintdesk.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the service with settings from the environment and stops it gracefully on SIGTERM; with
 * the argument {@code token}, mints a development token instead (see {@link TokenCommand}).
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals(TokenCommand.NAME)) {
            System.exit(TokenCommand.run(java.util.List.of(args).subList(1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        // The OpenTelemetry SDK reports failed exports through java.util.logging: into our log, in its format.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Config config;
        try {
            config = Config.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            System.exit(2);
            return;
        }
        ComplaintDesk desk;
        try {
            desk = ComplaintDesk.start(config);
        } catch (IllegalArgumentException e) {
            // A keyset file that is not one, say: a configuration error, told without a stack trace.
            log.error(e.getMessage());
            System.exit(2);
            return;
        }
        // SIGTERM and SIGINT run shutdown hooks; the desk finishes calls in flight before the database stops.
        Runtime.getRuntime().addShutdownHook(new Thread(desk::close, "complaintdesk-shutdown"));
        log.info("complaintdesk listening for gRPC on port {} (time zone {})", desk.port(), config.zone());
        desk.adminPort().ifPresent(port -> log.info("metrics and probes on port {}: /metrics, /livez, /readyz", port));
        desk.awaitTermination();
    }
}
