package org.complaintdesk.bootstrap.e2e;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.GetComplaintRequest;

/** Reading clocks off complaints in end-to-end tests that run on a moving clock in Shanghai time. */
final class ClockReadings {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ClockReadings() {
    }

    /** The complaint's clock of this kind; fails the test if it has none. */
    static Clock clock(Complaint complaint, Clock.Kind kind) {
        return complaint.getClocksList().stream().filter(c -> c.getKind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + complaint.getClocksList()));
    }

    /** A local date-time in Shanghai, e.g. {@code "2026-09-30T10:00"}. */
    static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant();
    }

    /** The complaint as GetComplaint shows it now. */
    static Complaint read(ApiClient client, Complaint complaint) {
        return client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(complaint.getName()).build())
                .getComplaint();
    }
}
