package org.complaintdesk.bootstrap.e2e;

import java.time.ZoneId;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.bootstrap.ComplaintDesk;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service with its shipped settings on the test database, started once for a test class,
 * with a client that calls it over Netty; every test starts on an empty register.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RunningDesk running = new RunningDesk();
 * }</pre>
 */
final class RunningDesk implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private ComplaintDesk desk;
    private ApiClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        desk = ComplaintDesk.startOn(TestDatabase.database(), ComplaintDesk.serviceClock(ZoneId.of("Asia/Shanghai")), 0);
        client = new ApiClient(desk);
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        client.close();
        desk.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestDatabase.clear();
    }

    ApiClient client() {
        return client;
    }
}
