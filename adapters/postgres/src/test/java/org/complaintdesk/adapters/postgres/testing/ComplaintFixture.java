package org.complaintdesk.adapters.postgres.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintdesk.adapters.postgres.complaint.TimeOrderedIdGenerator;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.PriorityPolicy;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/** Registered complaints and their requests, built through the domain as the service builds them. */
public final class ComplaintFixture {
    public static final Instant REGISTERED_AT = Instant.parse("2026-11-23T02:00:00Z");
    public static final LocalDate REGISTRATION_DAY = LocalDate.of(2026, 11, 23);
    public static final Actor AGENT = new Actor(new UserId("agent-7"), Role.AGENT, new OrgUnitId("gridco/east"));

    // Unique within the JVM, so complaints of different tests never share a ticket number.
    private static final AtomicLong TICKETS = new AtomicLong();
    private static final TimeOrderedIdGenerator IDS = new TimeOrderedIdGenerator();

    private ComplaintFixture() {
    }

    /** Registers the intake with a fresh id and ticket number, at {@link #REGISTERED_AT} or on receipt if later. */
    public static Complaint registered(Intake intake) {
        return registered(intake, IDS.newComplaintId());
    }

    /** As {@link #registered(Intake)}, with the given id. */
    public static Complaint registered(Intake intake, ComplaintId id) {
        Instant now = intake.receivedAt().isAfter(REGISTERED_AT) ? intake.receivedAt() : REGISTERED_AT;
        return Complaint.register(id,
                () -> TicketNumber.of(REGISTRATION_DAY, TICKETS.incrementAndGet()),
                intake, registrar(intake), now, new SeverityPolicy(), new PriorityPolicy());
    }

    /** {@link #AGENT}, acting for the unit the intake is registered for: a unit registers only for itself and below. */
    public static Actor registrar(Intake intake) {
        return new Actor(AGENT.userId(), AGENT.role(), intake.orgUnit());
    }

    public static Complaint registered(IntakeBuilder intake) {
        return registered(intake.build());
    }

    /** As {@link #registered(Intake)}, with the given ticket number: for tests of a clash. */
    public static Complaint registered(IntakeBuilder intake, TicketNumber ticketNumber) {
        Intake built = intake.build();
        return Complaint.register(IDS.newComplaintId(), () -> ticketNumber, built, registrar(built), REGISTERED_AT,
                new SeverityPolicy(), new PriorityPolicy());
    }

    /** A CreateComplaint request with the given id and a body fingerprint derived from it. */
    public static IdempotencyKey request(String requestId) {
        return new IdempotencyKey(new RequestId(requestId), RegisterComplaint.OPERATION, "sha256:" + requestId);
    }

    public static IdempotencyKey aNewRequest() {
        return request(UUID.randomUUID().toString());
    }
}
