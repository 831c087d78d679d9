package org.complaintdesk.bootstrap.bench;

import com.google.protobuf.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.api.v1.ClockStatus;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ListComplaintsRequest;

/**
 * The work queues of issue 15 that {@link QueueBenchmark} times: each the first page of 50 of
 * ListComplaints as one caller asks for it, over the register {@link QueueSeed} writes.
 */
enum WorkQueue {
    UNIT("agent-1", "AGENT", "gridco/r2/u5", "the unit's complaints"),
    UNIT_MASKED("auditor-1", "AUDITOR", "gridco/r2/u5", "the unit's, masked: no access record"),
    UNIT_REGISTERED("agent-1", "AGENT", "gridco/r2/u5", "state REGISTERED"),
    DEPARTMENT("handler-1", "HANDLER", QueueSeed.DEPARTMENT, "lead department, state DISPATCHED"),
    REGION_DEPARTMENT("chen", "SUPERVISOR", "gridco/r2", "lead department, state DISPATCHED"),
    DEPARTMENT_DUE("handler-1", "HANDLER", QueueSeed.DEPARTMENT, "due before now + 1 day"),
    REGION_BREACHED("chen", "SUPERVISOR", "gridco/r2", "clock status BREACHED"),
    TOP_WARNING("sun", "SUPERVISOR", "gridco", "clock status WARNING"),
    TOP_DUE("sun", "SUPERVISOR", "gridco", "due before now + 1 day");

    final String user;
    final String role;
    final String unit;
    final String filter;

    WorkQueue(String user, String role, String unit, String filter) {
        this.user = user;
        this.role = role;
        this.unit = unit;
        this.filter = filter;
    }

    ListComplaintsRequest request(Instant now) {
        ListComplaintsRequest.Builder request = ListComplaintsRequest.newBuilder().setPageSize(50);
        Timestamp tomorrow = Timestamp.newBuilder().setSeconds(now.plus(Duration.ofDays(1)).getEpochSecond()).build();
        return switch (this) {
            case UNIT, UNIT_MASKED -> request.build();
            case UNIT_REGISTERED -> request.setState(Complaint.State.STATE_REGISTERED).build();
            case DEPARTMENT, REGION_DEPARTMENT -> request.setLeadDepartment(QueueSeed.DEPARTMENT)
                    .setState(Complaint.State.STATE_DISPATCHED).build();
            case DEPARTMENT_DUE, TOP_DUE -> request.setDueBefore(tomorrow).build();
            case REGION_BREACHED -> request.setClockStatus(ClockStatus.CLOCK_STATUS_BREACHED).build();
            case TOP_WARNING -> request.setClockStatus(ClockStatus.CLOCK_STATUS_WARNING).build();
        };
    }

    /** The same question in SQL, to count what it matches among what the caller's unit reaches. */
    String matchingSql() {
        String reached = "select count(*) from complaint_scope s join complaint c on c.id = s.complaint_id "
                + "left join complaint_watch w on w.complaint_id = c.id where s.unit = '" + unit + "'";
        return switch (this) {
            case UNIT, UNIT_MASKED -> reached;
            case UNIT_REGISTERED -> reached + " and c.state = 'REGISTERED'";
            case DEPARTMENT, REGION_DEPARTMENT -> reached + " and c.state = 'DISPATCHED' and c.lead_department = '"
                    + QueueSeed.DEPARTMENT + "'";
            case DEPARTMENT_DUE, TOP_DUE -> reached + " and w.earliest_due < now() + interval '1 day'";
            case REGION_BREACHED -> reached + " and w.clock_status = 'BREACHED'";
            case TOP_WARNING -> reached + " and w.clock_status = 'WARNING'";
        };
    }
}
