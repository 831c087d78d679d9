package org.complaintdesk.bootstrap.e2e;

import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.testing.MovableClock;
import org.complaintdesk.bootstrap.ComplaintDesk;

/**
 * The service on an emptied register and on a clock the test moves, with a client and its people:
 * for end-to-end tests of time limits. One per test; close it after.
 */
final class ServiceOnMovingClock implements AutoCloseable {
    final MovableClock clock;
    final ComplaintDesk desk;
    final ApiClient client;
    final Lifecycle life;

    /** Starts at {@code shanghaiLocalTime}, e.g. {@code "2026-09-30T10:00"}. */
    ServiceOnMovingClock(String shanghaiLocalTime) {
        TestDatabase.clear();
        clock = new MovableClock(ClockReadings.at(shanghaiLocalTime), ClockReadings.SHANGHAI);
        desk = ComplaintDesk.startOn(TestDatabase.database(), clock, 0);
        client = new ApiClient(desk);
        life = new Lifecycle(client, clock);
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
        desk.close();
    }
}
