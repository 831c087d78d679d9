package org.complaintdesk.domain.complaint;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/** A typical level-3 billing complaint by phone; tests change only what they are about. */
final class IntakeFixture {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final Actor AGENT = new Actor(new UserId("agent-7"), Role.AGENT, new OrgUnitId("gridco/east"));

    static Intake billingComplaint() {
        return new Intake(
                new Complainant(new PersonName("王小明"), PhoneNumber.of("13800138000"),
                        Optional.of(new AccountNumber("3200123456")), new Address("南京市鼓楼区中山路1号"),
                        ContactPreference.PHONE),
                Channel.HOTLINE, Optional.empty(), NOW.minusSeconds(3600), ComplaintKind.COMPLAINT,
                UtilityDomain.ELECTRICITY, Nature.BILLING, new Topic("estimated meter reading"),
                IntakeFacts.INDIVIDUAL_PROBLEM, Optional.empty(), Optional.empty(), Optional.empty(),
                new Description("The bill for October is twice the usual amount."),
                new Demand("Read the meter again and correct the bill."), Optional.empty(),
                new OrgUnitId("gridco/east"));
    }

    static Intake with(Intake i, IntakeFacts facts, Optional<Severity> severity, Optional<Reason> reason) {
        return new Intake(i.complainant(), i.channel(), i.channelReference(), i.receivedAt(), i.kind(),
                i.utilityDomain(), i.nature(), i.topic(), facts, severity, reason, i.requestedPriority(),
                i.description(), i.demand(), i.location(), i.orgUnit());
    }

    static Intake withChannel(Intake i, Channel channel) {
        return new Intake(i.complainant(), channel, i.channelReference(), i.receivedAt(), i.kind(),
                i.utilityDomain(), i.nature(), i.topic(), i.facts(), i.requestedSeverity(),
                i.severityOverrideReason(), i.requestedPriority(), i.description(), i.demand(), i.location(),
                i.orgUnit());
    }

    static Intake ownedBy(Intake i, OrgUnitId unit) {
        return new Intake(i.complainant(), i.channel(), i.channelReference(), i.receivedAt(), i.kind(),
                i.utilityDomain(), i.nature(), i.topic(), i.facts(), i.requestedSeverity(),
                i.severityOverrideReason(), i.requestedPriority(), i.description(), i.demand(), i.location(), unit);
    }

    static Intake receivedAt(Intake i, Instant receivedAt) {
        return new Intake(i.complainant(), i.channel(), i.channelReference(), receivedAt, i.kind(),
                i.utilityDomain(), i.nature(), i.topic(), i.facts(), i.requestedSeverity(),
                i.severityOverrideReason(), i.requestedPriority(), i.description(), i.demand(), i.location(),
                i.orgUnit());
    }

    static Complaint register(Intake intake) {
        return Complaint.register(new ComplaintId(java.util.UUID.randomUUID()),
                () -> TicketNumber.of(java.time.LocalDate.of(2026, 11, 23), 1), intake, AGENT, NOW,
                new SeverityPolicy(), new PriorityPolicy());
    }

    private IntakeFixture() {
    }
}
