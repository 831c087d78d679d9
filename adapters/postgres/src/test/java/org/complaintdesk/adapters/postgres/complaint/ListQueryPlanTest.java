package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.jooq.impl.DSL.row;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Work lists stay fast as the register grows: on a register of {@value #ROWS} complaints, every
 * single filter is answered by reading an index in list order and stopping after the page, with
 * no full scan and no sort, on the first page and deep into the list.
 */
class ListQueryPlanTest {
    static final int ROWS = 200_000;
    private static final int PAGE = 51;
    /** About half-way through the seeded receipt times. */
    private static final PhoneNumber REPEATED_PHONE = new PhoneNumber("13912345678");
    private static final AccountNumber REPEATED_ACCOUNT = new AccountNumber("3200123456");
    private static final PageCursor DEEP = new PageCursor(Instant.parse("2025-01-01T00:00:00Z"),
            new ComplaintId(UUID.fromString("80000000-0000-7000-8000-000000000000")));

    private static final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());

    @BeforeAll
    static void seedALargeRegister() {
        TestDatabase.clear();
        // Plain SQL on purpose: generate_series fills the table in one statement. The values spread
        // like a real register: every domain, nature and channel; severity 1 rare; 40 units;
        // one complaint every five minutes for about two years; a third dispatched, to 20
        // departments and 200 handlers. The complainant's data are placeholders (the plans do not
        // decrypt); one phone and one account number come back 500 times each.
        dsl.execute("""
                insert into complaint (
                    id, ticket_number, state, complainant_name_sealed, complainant_phone_sealed,
                    complainant_address_sealed, personal_data_key_id, complainant_phone_index,
                    complainant_account_number_sealed, complainant_account_number_index,
                    contact_preference, channel, received_at, kind, utility_domain, nature, topic,
                    safety_hazard, large_area_interruption, wide_area_quality_problem,
                    proposed_severity, severity, priority, description, demand, org_unit, intake_unit,
                    registered_by, registered_at, updated_at,
                    lead_department, co_handling_departments, dispatch_handler, dispatched_by, dispatched_at,
                    version)
                select gen_random_uuid(),
                       'TS20240101' || lpad(n::text, 6, '0'),
                       case when dispatched then 'DISPATCHED' else 'REGISTERED' end,
                       decode('00', 'hex'), decode('00', 'hex'), decode('00', 'hex'), 0,
                       case when n % 400 = 0 then ?::bytea else decode(md5('phone' || n), 'hex') end,
                       case when n % 400 = 1 then decode('00', 'hex') end,
                       case when n % 400 = 1 then ?::bytea end,
                       'PHONE',
                       (array['HOTLINE', 'WEB', 'APP', 'WECHAT', 'EMAIL', 'LETTER', 'WALK_IN', 'SOCIAL_MEDIA',
                              'CITY_HOTLINE_12345', 'REGULATOR', 'CONSUMER_ASSOCIATION', 'MEDIA'])[1 + n % 12],
                       timestamptz '2024-01-01 00:00:00+00' + n * interval '5 minutes',
                       'COMPLAINT',
                       (array['ELECTRICITY', 'HEATING', 'WATER', 'GAS', 'SANITATION', 'PUBLIC_TRANSPORT',
                              'CITY_INFRASTRUCTURE'])[1 + n % 7],
                       (array['SERVICE_QUALITY', 'BILLING', 'SAFETY', 'MANAGEMENT', 'GRID', 'MARKETING',
                              'SERVICE'])[1 + (n / 7) % 7],
                       '电费异常', false, false, false,
                       level, level, 'NORMAL', '十月份的电费是平时的两倍。', '重新抄表。',
                       'unit/' || (n % 40), 'unit/' || (n % 40), 'agent-1',
                       timestamptz '2024-01-01 00:00:00+00' + n * interval '5 minutes',
                       timestamptz '2024-01-01 00:00:00+00' + n * interval '5 minutes',
                       case when dispatched then 'dept/' || (n % 20) end,
                       case when dispatched then '{}'::text[] end,
                       case when dispatched then 'handler-' || (n % 200) end,
                       case when dispatched then 'supervisor-1' end,
                       case when dispatched then timestamptz '2024-01-01 01:00:00+00' + n * interval '5 minutes' end,
                       1
                from generate_series(1, ?) as n,
                     lateral (select case when n % 50 = 0 then 1 when n % 5 = 0 then 2 else 3 end::smallint) as s(level),
                     lateral (select n % 3 = 0) as d(dispatched)
                """, TestDatabase.personalData().index(REPEATED_PHONE), TestDatabase.personalData().index(REPEATED_ACCOUNT),
                ROWS);
        dsl.execute("analyze complaint");
        // The scope of every seeded complaint, as V7 fills it for complaints stored before it.
        dsl.execute(ScopedListTest.backfillStatement());
        dsl.execute("analyze complaint_scope");
    }

    @AfterAll
    static void emptyDatabase() {
        TestDatabase.clear();
    }

    @ParameterizedTest(name = "listing by {0} reads an index in list order, on the first page and deep in the list")
    @MethodSource("singleFilters")
    void every_single_filter_reads_a_page_from_an_index_without_sorting(ComplaintFilter filter) {
        for (Optional<PageCursor> after : List.of(Optional.<PageCursor>empty(), Optional.of(DEEP))) {
            String plan = plan(filter, after);

            assertThat(plan)
                    .as("plan of %s after %s", filter, after)
                    .containsPattern("Index (Only )?Scan using complaint_list\\w*_idx on complaint")
                    .doesNotContain("Seq Scan")
                    .doesNotContain("Sort");
            assertThat(store.listQuery(Optional.empty(), filter, PAGE, after).fetch()).hasSize(PAGE);
        }
    }

    static Stream<Arguments> singleFilters() {
        Optional<Instant> from = Optional.of(Instant.parse("2024-06-01T00:00:00Z"));
        Optional<Instant> before = Optional.of(Instant.parse("2025-06-01T00:00:00Z"));
        return Stream.of(
                arguments(named("no filter", ComplaintFilter.ALL)),
                arguments(named("state", ComplaintFilter.ALL.withState(ComplaintState.REGISTERED))),
                arguments(named("utility domain", ComplaintFilter.ALL.withUtilityDomain(UtilityDomain.WATER))),
                arguments(named("nature", ComplaintFilter.ALL.withNature(Nature.SAFETY))),
                arguments(named("severity", ComplaintFilter.ALL.withSeverity(Severity.LEVEL_1))),
                arguments(named("channel", ComplaintFilter.ALL.withChannel(Channel.MEDIA))),
                arguments(named("organisation unit", ComplaintFilter.ALL.withOrgUnit(new OrgUnitId("unit/7")))),
                arguments(named("receipt range", ComplaintFilter.ALL.withReceivedBetween(from, before))),
                arguments(named("organisation unit and receipt range",
                        ComplaintFilter.ALL.withOrgUnit(new OrgUnitId("unit/7")).withReceivedBetween(from, before))));
    }

    /**
     * The work lists of a department and of a handler (V2__lifecycle.sql), and a complainant's
     * earlier complaints through the blind index (V6__personal_data_at_rest.sql), read their own
     * index in list order.
     */
    @ParameterizedTest(name = "the list by {0} reads its index in list order, on the first page and deep in the list")
    @MethodSource({"dispatchFilters", "complainantFilters"})
    void lists_by_department_handler_or_complainant_read_their_index_without_sorting(
            ComplaintFilter filter, String index) {
        for (Optional<PageCursor> after : List.of(Optional.<PageCursor>empty(), Optional.of(DEEP))) {
            assertThat(plan(filter, after))
                    .as("plan of %s after %s", filter, after)
                    .contains("Index Scan using " + index + " on complaint")
                    .doesNotContain("Seq Scan")
                    .doesNotContain("Sort");
            assertThat(store.listQuery(Optional.empty(), filter, PAGE, after).fetch()).hasSize(PAGE);
        }
    }

    static Stream<Arguments> dispatchFilters() {
        return Stream.of(
                arguments(named("lead department", ComplaintFilter.ALL.withLeadDepartment(new OrgUnitId("dept/7"))),
                        "complaint_list_by_lead_department_idx"),
                arguments(named("handler", ComplaintFilter.ALL.withHandler(new UserId("handler-42"))),
                        "complaint_list_by_dispatch_handler_idx"));
    }

    /** A unit's list (V7__unit_scope.sql) reads the scope index in list order and each complaint by its key. */
    @ParameterizedTest(name = "the list of the complaints {0} reaches reads the scope index in list order")
    @MethodSource("reachingUnits")
    void a_unit_s_list_reads_the_scope_index_without_sorting(OrgUnitId unit) {
        for (Optional<PageCursor> after : List.of(Optional.<PageCursor>empty(), Optional.of(DEEP))) {
            String plan = dsl.explain(store.listQuery(Optional.of(unit), ComplaintFilter.ALL, PAGE, after)).plan();

            assertThat(plan)
                    .as("plan of the list of %s after %s", unit, after)
                    .containsPattern("Index (Only )?Scan using complaint_scope_list_idx on complaint_scope")
                    .doesNotContain("Seq Scan")
                    .doesNotContain("Sort");
            assertThat(store.listQuery(Optional.of(unit), ComplaintFilter.ALL, PAGE, after).fetch()).hasSize(PAGE);
        }
    }

    static Stream<Arguments> reachingUnits() {
        return Stream.of(
                arguments(named("a unit", new OrgUnitId("unit/7"))),
                arguments(named("the top of the tree", new OrgUnitId("unit"))),
                arguments(named("a department", new OrgUnitId("dept/7"))));
    }

    static Stream<Arguments> complainantFilters() {
        return Stream.of(
                arguments(named("phone number", ComplaintFilter.ALL.withComplainantPhone(REPEATED_PHONE)),
                        "complaint_list_by_complainant_phone_idx"),
                arguments(named("account number", ComplaintFilter.ALL.withComplainantAccountNumber(REPEATED_ACCOUNT)),
                        "complaint_list_by_complainant_account_number_idx"));
    }

    private String plan(ComplaintFilter filter, Optional<PageCursor> after) {
        return dsl.explain(store.listQuery(Optional.empty(), filter, PAGE, after)).plan();
    }
}
