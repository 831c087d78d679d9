package org.complaintdesk.adapters.postgres.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jooq.DSLContext;

/**
 * Many accepted complaints of {@code unit/1} at once, for the tests that ask PostgreSQL how it
 * plans a query at scale: written by SQL, one every five minutes, with placeholders for the sealed
 * personal data (the plans never decrypt them).
 */
public final class PlaceholderComplaints {
    private PlaceholderComplaints() {
    }

    /** {@code count} complaints received from {@code from} on, each at {@code version}. */
    public static void insert(DSLContext dsl, int count, Instant from, long version) {
        String day = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(from);
        dsl.execute("""
                insert into complaint (
                    id, ticket_number, state, complainant_name_sealed, complainant_phone_sealed,
                    complainant_address_sealed, personal_data_key_id, complainant_phone_index,
                    contact_preference, channel, received_at, kind, utility_domain, nature, topic,
                    safety_hazard, large_area_interruption, wide_area_quality_problem,
                    proposed_severity, severity, priority, description, demand, org_unit, intake_unit,
                    registered_by, registered_at, updated_at, version)
                select gen_random_uuid(), ? || lpad(n::text, 6, '0'), 'ACCEPTED',
                       decode('00', 'hex'), decode('00', 'hex'), decode('00', 'hex'), 0, decode(md5('phone' || n), 'hex'),
                       'PHONE', 'HOTLINE', ?::timestamptz + n * interval '5 minutes', 'COMPLAINT', 'ELECTRICITY',
                       'BILLING', '电费异常', false, false, false, 3, 3, 'NORMAL', '十月份的电费是平时的两倍。',
                       '重新抄表。', 'unit/1', 'unit/1', 'agent-1',
                       ?::timestamptz + n * interval '5 minutes', ?::timestamptz + n * interval '5 minutes', ?
                from generate_series(1, ?) as n
                """, "TS" + day, from.toString(), from.toString(), from.toString(), version, count);
    }
}
