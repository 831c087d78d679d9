package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.MonthlyPartitions;
import org.complaintdesk.adapters.postgres.testing.PlaceholderComplaints;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An access log page costs the same however long the log is and however much a unit reaches: on
 * {@value #COMPLAINTS} complaints, all reached by one top unit, with {@value #ACCESSES_PER_COMPLAINT}
 * accesses each over three months, a page is read from the listing's index in each month's
 * partition, and an access's reach is one probe of complaint_scope's primary key.
 */
class AccessLogQueryPlanTest {
    static final int COMPLAINTS = 5_000;
    static final int ACCESSES_PER_COMPLAINT = 10;
    static final int USERS = 50;
    private static final int PAGE = 20;
    private static final List<String> FILLED_MONTHS = List.of("personal_data_access_y2026m01",
            "personal_data_access_y2026m02", "personal_data_access_y2026m03");
    /** Empty partitions (the default, the month ahead) are scanned whole: there is nothing to read. */
    private static final String SEQ_SCAN_OF_A_FILLED_MONTH = "Seq Scan on personal_data_access_y2026m0[123] ";

    private static final DSLContext dsl = TestDatabase.dsl();
    private final PostgresPersonalDataAccessLog log = new PostgresPersonalDataAccessLog(dsl);

    @BeforeAll
    static void seedALongLog() {
        TestDatabase.clear();
        PlaceholderComplaints.insert(dsl, COMPLAINTS, Instant.parse("2026-01-01T00:00:00Z"), 1);
        dsl.execute("""
                insert into complaint_scope (tenant, complaint_id, unit, received_at)
                select 'unit', c.id, u.unit, c.received_at from complaint c, (values ('unit'), ('unit/1')) u(unit)
                """);
        new MonthlyPartitions(dsl, PERSONAL_DATA_ACCESS).prepareFor(List.of(
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-03-01T00:00:00Z")));
        dsl.execute("""
                insert into personal_data_access (tenant, accessed_at, id, complaint_id, user_id, role, org_unit,
                                                  method, fields)
                select 'unit', timestamptz '2026-01-01 00:00:00+00' + (random() * interval '89 days'),
                       gen_random_uuid(), c.id, 'user-' || (a % ?), 'SUPERVISOR', 'unit/1',
                       'complaintdesk.v1.ComplaintService/GetComplaint', array['COMPLAINANT_NAME']
                from complaint c, generate_series(1, ?) as a
                """, USERS, ACCESSES_PER_COMPLAINT);
        dsl.execute("analyze complaint, complaint_scope, personal_data_access");
    }

    @AfterAll
    static void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void a_complaint_s_page_is_read_from_its_index_in_order() {
        ComplaintId complaint = aComplaint();
        var firstPage = log.ofComplaint(complaint, 5, Optional.empty());
        var after = Optional.of(new PersonalDataAccess.Cursor(firstPage.getLast().accessedAt(), firstPage.getLast().id()));

        String plan = dsl.explain(log.ofComplaintQuery(complaint, 5, after)).plan();

        // A complaint's few accesses may be fetched whole from each month and sorted: as cheap.
        assertThat(plan)
                .contains("Index Cond: ((complaint_id = ")
                .doesNotContainPattern(SEQ_SCAN_OF_A_FILLED_MONTH);
        for (String month : FILLED_MONTHS) {
            assertThat(plan).contains(month + "_complaint_id_accessed_at_id_idx");
        }
        assertThat(log.ofComplaint(complaint, 5, after)).hasSize(5);
    }

    @Test
    void a_user_s_page_within_a_top_unit_s_reach_probes_the_scope_by_primary_key() {
        var user = new UserId("user-7");
        var top = new OrgUnitId("unit");

        String plan = dsl.explain(log.ofUserQuery(user, top, PAGE, Optional.empty())).plan();

        assertThat(plan)
                .contains("Merge Append")
                .contains("Index Only Scan using complaint_scope_pkey")
                .doesNotContainPattern(SEQ_SCAN_OF_A_FILLED_MONTH)
                .doesNotContain("->  Sort")
                .doesNotContain("Hash");
        for (String month : FILLED_MONTHS) {
            assertThat(plan).contains(month + "_user_id_accessed_at_id_idx");
        }
        assertThat(log.ofUser(user, top, PAGE, Optional.empty())).hasSize(PAGE);
    }

    private static ComplaintId aComplaint() {
        return new ComplaintId(dsl.select(COMPLAINT.ID).from(COMPLAINT).orderBy(COMPLAINT.RECEIVED_AT)
                .offset(COMPLAINTS / 2).limit(1).fetchSingle().value1());
    }
}
