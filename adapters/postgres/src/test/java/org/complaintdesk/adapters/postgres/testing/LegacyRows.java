package org.complaintdesk.adapters.postgres.testing;

import org.complaintdesk.domain.complaint.ComplaintSnapshot;
import org.jooq.DSLContext;

/** Rows as earlier versions of the service wrote them, for tests of the migrations that carry them on. */
public final class LegacyRows {
    private LegacyRows() {
    }

    /** The row as V1's code wrote it: its columns only, in plain SQL (which binds times as text, hence the casts). */
    public static void insertAsV1(DSLContext dsl, ComplaintSnapshot c) {
        dsl.execute("""
                insert into complaint (
                    id, ticket_number, state, complainant_name, complainant_phone, complainant_account_number,
                    complainant_address, contact_preference, channel, channel_reference, received_at, kind,
                    utility_domain, nature, topic, safety_hazard, large_area_interruption, wide_area_quality_problem,
                    proposed_severity, severity, severity_override_reason, priority, description, demand, location,
                    org_unit, registered_by, registered_at, updated_at, version)
                values (?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?::timestamptz, ?::timestamptz, 1)
                """,
                c.id().value(), c.ticketNumber().value(), c.submission().complainant().name().value(),
                c.submission().complainant().phone().value(), c.submission().complainant().accountNumber().map(a -> a.value()).orElse(null),
                c.submission().complainant().address().value(), c.submission().complainant().contactPreference().name(), c.submission().channel().name(),
                c.submission().channelReference().map(r -> r.value()).orElse(null), c.submission().receivedAt(), c.classification().kind().name(),
                c.classification().utilityDomain().name(), c.classification().nature().name(), c.classification().topic().value(), c.submission().facts().safetyHazard(),
                c.submission().facts().largeAreaInterruption(), c.submission().facts().wideAreaQualityProblem(),
                (short) c.triage().severity().proposed().number(), (short) c.triage().severity().applied().number(),
                c.triage().severity().overrideReason().map(r -> r.value()).orElse(null), c.triage().priority().name(),
                c.submission().description().value(), c.submission().demand().value(), c.submission().location().map(l -> l.value()).orElse(null),
                c.registration().orgUnit().value(), c.registration().registeredBy().value(), c.registration().registeredAt(), c.updatedAt());
    }
}
