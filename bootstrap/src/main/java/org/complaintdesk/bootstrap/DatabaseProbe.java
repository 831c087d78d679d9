package org.complaintdesk.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers: {@code select 1} through the pool, given {@value #TIMEOUT_SECONDS}
 * seconds, and the answer kept for a second, so that probes of every kind cost one query a second
 * at most. A pool that has no connection to spare within the time counts as no answer.
 */
final class DatabaseProbe {
    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);
    static final int TIMEOUT_SECONDS = 2;
    private static final long KEEP_NANOS = Duration.ofSeconds(1).toNanos();

    private final DataSource dataSource;
    private boolean answered;
    private long checkedAt;
    private boolean checked;

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    synchronized boolean answers() {
        long now = System.nanoTime();
        if (checked && now - checkedAt < KEEP_NANOS) {
            return answered;
        }
        boolean answer = ask();
        if (checked && answer != answered) {
            if (answer) {
                log.info("the database answers again: ready");
            } else {
                log.warn("the database does not answer within {} s: not ready", TIMEOUT_SECONDS);
            }
        }
        answered = answer;
        checked = true;
        checkedAt = System.nanoTime();
        return answered;
    }

    private boolean ask() {
        // Waiting for a connection has no timeout of its own below the pool's (30 s): the probe
        // waits on a thread of its own and gives up in time; the thread returns the connection later.
        var answer = CompletableFuture.supplyAsync(this::selectOne, Thread.ofVirtual().name("readiness-probe")::start);
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean selectOne() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
