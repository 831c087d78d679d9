package org.complaintdesk.adapters.grpc;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-process service and its people for every test: the shared set-up of the step tests. */
abstract class InProcessDeskTest {
    InProcessDesk desk;
    Lifecycle life;

    @BeforeEach
    void startDesk() throws IOException {
        desk = new InProcessDesk();
        life = new Lifecycle(desk);
    }

    @AfterEach
    void stopDesk() throws InterruptedException {
        desk.close();
    }
}
