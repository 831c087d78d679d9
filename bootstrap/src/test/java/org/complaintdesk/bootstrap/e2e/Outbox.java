package org.complaintdesk.bootstrap.e2e;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.complaint.PostgresEventLog;

/** A look into a scratch database's outbox, and a sequencer numbering its committed events meanwhile. */
final class Outbox implements AutoCloseable {
    private final Database database;
    private final Thread sequencer;
    private volatile boolean stopped;

    private Outbox(Database database) {
        this.database = database;
        PostgresEventLog log = new PostgresEventLog(database.dsl());
        this.sequencer = Thread.ofPlatform().name("test-sequencer").daemon(true).start(() -> {
            while (!stopped) {
                try {
                    log.sequencePending(1_000);
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // The database went away at the end of the test.
                }
            }
        });
    }

    static Outbox of(ScratchDatabase scratch) throws SQLException {
        return new Outbox(Database.connect(scratch.url(), scratch.user(), scratch.password(), 2));
    }

    /** Waits until the relay has its cursor, so that it publishes every event written from now on. */
    void awaitRelay(String relay) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(15);
        while (database.dsl().fetchCount(database.dsl().selectOne().from("event_relay").where("name = ?", relay)) == 0) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("relay " + relay + " never made a pass");
            }
            Thread.sleep(20);
        }
    }

    /** The ids of every event written so far. */
    List<String> eventIds() {
        return database.dsl().fetch("select id::text from event_outbox").getValues(0, String.class);
    }

    String complaintId(String ticketNumber) {
        return database.dsl().fetchValue("select id::text from complaint where ticket_number = ?", ticketNumber)
                .toString();
    }


    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sequencer.join(5_000);
        database.close();
    }
}
