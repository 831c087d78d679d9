package org.complaintdesk.bootstrap;

import java.util.Optional;

/**
 * Whether the instance should receive calls: not while it starts (the database starting, the
 * schema migrating, old rows being sealed), yes while it serves and its database answers, and
 * never again once it began to stop.
 */
final class Readiness {
    static final String READY = "ready";

    private enum Phase { STARTING, SERVING, STOPPING }

    private volatile Phase phase = Phase.STARTING;
    private volatile Optional<DatabaseProbe> database = Optional.empty();

    /** The gRPC server is up on a migrated database that {@code probe} asks. */
    void serving(DatabaseProbe probe) {
        database = Optional.of(probe);
        if (phase == Phase.STARTING) {
            phase = Phase.SERVING;
        }
    }

    /** Shutdown began: load balancers take this instance out while its calls in flight finish. */
    void stopping() {
        phase = Phase.STOPPING;
    }

    /** {@value #READY}, or in a word why not, for the probe's body. */
    String state() {
        return switch (phase) {
            case STARTING -> "starting";
            case STOPPING -> "stopping";
            case SERVING -> database.map(DatabaseProbe::answers).orElse(false) ? READY : "database not answering";
        };
    }

    boolean ready() {
        return state().equals(READY);
    }
}
