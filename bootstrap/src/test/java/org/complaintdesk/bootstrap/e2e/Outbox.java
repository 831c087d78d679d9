package org.complaintdesk.bootstrap.e2e;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.adapters.postgres.Database;

/** A look into a scratch database's outbox and relay cursors. */
final class Outbox implements AutoCloseable {
    private final Database database;

    private Outbox(Database database) {
        this.database = database;
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

    /** An event's position, once the sequencer gave it one. */
    long position(String eventId) {
        return database.dsl().fetchValue("select position from event_outbox where id = ?::uuid", eventId) instanceof Long p
                ? p : Long.MAX_VALUE;
    }

    String complaintId(String ticketNumber) {
        return database.dsl().fetchValue("select id::text from complaint where ticket_number = ?", ticketNumber)
                .toString();
    }

    @Override
    public void close() {
        database.close();
    }
}
