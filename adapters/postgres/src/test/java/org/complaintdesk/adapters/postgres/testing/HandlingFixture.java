package org.complaintdesk.adapters.postgres.testing;

import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.AGENT;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.application.handling.AcceptComplaint;
import org.complaintdesk.application.request.IdempotencyKey;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.HandlingPolicy;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.DeclineReason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The staff who handle a registered complaint, in the roles {@code Step} asks for, and the
 * assignments they dispatch to. The agent who registers is {@link ComplaintFixture#AGENT}.
 */
public final class HandlingFixture {
    public static final OrgUnitId METERING = new OrgUnitId("gridco/east/metering");
    public static final OrgUnitId BILLING = new OrgUnitId("gridco/east/billing");
    public static final OrgUnitId FIELD_SERVICE = new OrgUnitId("gridco/east/field-service");

    /** Dispatches, approves resolutions below level 1, concludes reviews. */
    public static final Actor SUPERVISOR = new Actor(new UserId("supervisor-2"), Role.SUPERVISOR,
            new OrgUnitId("gridco/east"));
    /** Approves level-1 resolutions too. */
    public static final Actor DIRECTOR = new Actor(new UserId("director-1"), Role.DIRECTOR, new OrgUnitId("gridco/east"));
    public static final Actor METERING_HANDLER = new Actor(new UserId("handler-31"), Role.HANDLER, METERING);
    public static final Actor BILLING_HANDLER = new Actor(new UserId("handler-44"), Role.HANDLER, BILLING);

    public static final HandlingPolicy POLICY = HandlingPolicy.defaults();

    private HandlingFixture() {
    }

    /** Metering leads, billing and field service co-handle. */
    public static Assignment toMeteringWithCoHandlers() {
        return new Assignment(METERING, List.of(BILLING, FIELD_SERVICE), METERING_HANDLER.userId());
    }

    /** Billing alone. */
    public static Assignment toBilling() {
        return new Assignment(BILLING, List.of(), BILLING_HANDLER.userId());
    }

    public static Statement says(String text) {
        return new Statement(text);
    }

    /** The registered complaint accepted by the agent a minute after its last change: one step on. */
    public static Complaint accepted(Complaint complaint) {
        return complaint.accept(says("三个工作日内派人重新抄表。"), AGENT, complaint.updatedAt().plus(Duration.ofMinutes(1)));
    }

    /** The complaint declined by the agent a minute after its last change: another step from the same version. */
    public static Complaint declined(Complaint complaint) {
        return complaint.decline(DeclineReason.DUPLICATE,
                says("同一事项已在处理中，工单号见短信。"), AGENT, complaint.updatedAt().plus(Duration.ofMinutes(1)));
    }

    /** An AcceptComplaint request with the given id and a fingerprint derived from it. */
    public static IdempotencyKey stepRequest(String requestId) {
        return new IdempotencyKey(new RequestId(requestId), AcceptComplaint.OPERATION, "sha256:" + requestId);
    }

    public static IdempotencyKey aNewStepRequest() {
        return stepRequest(UUID.randomUUID().toString());
    }
}
