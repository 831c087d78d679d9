package org.complaintdesk.adapters.postgres.testing;

import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ChannelReference;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Demand;
import org.complaintdesk.domain.complaint.Description;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Location;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.OrgUnitId;

/**
 * A valid {@link Intake}: by default a level-3 billing complaint about electricity, phoned in
 * to the hotline. Tests change only what they are about.
 */
public final class IntakeBuilder {
    public static final Instant DEFAULT_RECEIVED_AT = Instant.parse("2026-11-23T01:00:00Z");

    private String complainantName = "王小明";
    private String phone = "13800138000";
    private Optional<String> accountNumber = Optional.of("3200123456");
    private String address = "南京市鼓楼区中山路1号";
    private ContactPreference contactPreference = ContactPreference.PHONE;
    private Channel channel = Channel.HOTLINE;
    private Optional<String> channelReference = Optional.empty();
    private Instant receivedAt = DEFAULT_RECEIVED_AT;
    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private UtilityDomain utilityDomain = UtilityDomain.ELECTRICITY;
    private Nature nature = Nature.BILLING;
    private String topic = "电费异常";
    private IntakeFacts facts = IntakeFacts.INDIVIDUAL_PROBLEM;
    private Optional<Severity> severity = Optional.empty();
    private Optional<String> severityOverrideReason = Optional.empty();
    private Optional<Priority> priority = Optional.empty();
    private String description = "十月份的电费是平时的两倍，怀疑抄表有误。";
    private String demand = "重新抄表并更正账单。";
    private Optional<String> location = Optional.empty();
    private String orgUnit = "gridco/east";

    private IntakeBuilder() {
    }

    public static IntakeBuilder anIntake() {
        return new IntakeBuilder();
    }

    public IntakeBuilder complainantName(String value) {
        complainantName = value;
        return this;
    }

    public IntakeBuilder phone(String value) {
        phone = value;
        return this;
    }

    public IntakeBuilder accountNumber(String value) {
        accountNumber = Optional.of(value);
        return this;
    }

    public IntakeBuilder withoutAccountNumber() {
        accountNumber = Optional.empty();
        return this;
    }

    public IntakeBuilder address(String value) {
        address = value;
        return this;
    }

    public IntakeBuilder contactPreference(ContactPreference value) {
        contactPreference = value;
        return this;
    }

    public IntakeBuilder channel(Channel value) {
        channel = value;
        return this;
    }

    public IntakeBuilder channelReference(String value) {
        channelReference = Optional.of(value);
        return this;
    }

    public IntakeBuilder receivedAt(Instant value) {
        receivedAt = value;
        return this;
    }

    public IntakeBuilder kind(ComplaintKind value) {
        kind = value;
        return this;
    }

    public IntakeBuilder utilityDomain(UtilityDomain value) {
        utilityDomain = value;
        return this;
    }

    public IntakeBuilder nature(Nature value) {
        nature = value;
        return this;
    }

    public IntakeBuilder topic(String value) {
        topic = value;
        return this;
    }

    public IntakeBuilder facts(IntakeFacts value) {
        facts = value;
        return this;
    }

    /** The agent overrides the proposed severity; an override needs a reason. */
    public IntakeBuilder severity(Severity value, String reason) {
        severity = Optional.of(value);
        severityOverrideReason = Optional.of(reason);
        return this;
    }

    public IntakeBuilder priority(Priority value) {
        priority = Optional.of(value);
        return this;
    }

    public IntakeBuilder description(String value) {
        description = value;
        return this;
    }

    public IntakeBuilder demand(String value) {
        demand = value;
        return this;
    }

    public IntakeBuilder location(String value) {
        location = Optional.of(value);
        return this;
    }

    public IntakeBuilder orgUnit(String value) {
        orgUnit = value;
        return this;
    }

    public Intake build() {
        return new Intake(
                new Complainant(new PersonName(complainantName), PhoneNumber.of(phone),
                        accountNumber.map(AccountNumber::new), new Address(address), contactPreference),
                channel, channelReference.map(ChannelReference::new), receivedAt, kind, utilityDomain, nature,
                new Topic(topic), facts, severity, severityOverrideReason.map(Reason::new), priority,
                new Description(description), new Demand(demand), location.map(Location::new),
                new OrgUnitId(orgUnit));
    }
}
