package org.complaintdesk.adapters.postgres.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.VERIFICATION_FAILURE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.publicview.VerificationFailure;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The failed attempts of the public view in their table: counted per ticket and per caller within a tenant. */
class PostgresVerificationFailuresTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00.123456Z");
    private static final OrgUnitId GRIDCO = new OrgUnitId("gridco");
    private static final OrgUnitId WATERCORP = new OrgUnitId("watercorp");
    private static final TicketNumber TICKET = TicketNumber.of(LocalDate.of(2026, 11, 19), 42);
    private static final TicketNumber OTHER_TICKET = TicketNumber.of(LocalDate.of(2026, 11, 19), 43);
    private static final UserId WECHAT = new UserId("wechat-portal");
    private static final UserId WEBSITE = new UserId("website");

    private final PostgresVerificationFailures failures = new PostgresVerificationFailures(TestDatabase.dsl());

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    private void fail(OrgUnitId tenant, TicketNumber ticket, UserId caller, Instant at) {
        failures.record(new VerificationFailure(tenant, at, UUID.randomUUID(), ticket, caller), T0.minus(Duration.ofDays(1)));
    }

    @Test
    void the_nth_latest_failure_of_a_ticket_is_found_when_there_are_n_of_them() {
        fail(GRIDCO, TICKET, WECHAT, T0.plusNanos(789));
        fail(GRIDCO, TICKET, WEBSITE, T0.plusSeconds(10));
        fail(GRIDCO, TICKET, WECHAT, T0.plusSeconds(20));

        Instant since = T0.minusSeconds(60);
        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, since, 1)).contains(T0.plusSeconds(20));
        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, since, 3))
                .as("kept to the microsecond, as PostgreSQL keeps it").contains(T0);
        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, since, 4)).isEmpty();
        assertThat(failures.nthLatestForTicket(GRIDCO, OTHER_TICKET, since, 1)).isEmpty();
    }

    @Test
    void only_failures_after_the_start_of_the_window_count() {
        fail(GRIDCO, TICKET, WECHAT, T0);
        fail(GRIDCO, TICKET, WECHAT, T0.plusSeconds(10));

        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, T0.minusNanos(1_000), 2)).isPresent();
        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, T0, 2)).as("a failure exactly a window old").isEmpty();
        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, T0, 1)).contains(T0.plusSeconds(10));
    }

    @Test
    void a_callers_failures_count_across_tickets_but_not_across_callers_or_tenants() {
        fail(GRIDCO, TICKET, WECHAT, T0);
        fail(GRIDCO, OTHER_TICKET, WECHAT, T0.plusSeconds(1));
        fail(GRIDCO, OTHER_TICKET, WEBSITE, T0.plusSeconds(2));
        fail(WATERCORP, TICKET, WECHAT, T0.plusSeconds(3));

        Instant since = T0.minusSeconds(60);
        assertThat(failures.nthLatestByCaller(GRIDCO, WECHAT, since, 2)).isPresent();
        assertThat(failures.nthLatestByCaller(GRIDCO, WECHAT, since, 3)).isEmpty();
        assertThat(failures.nthLatestByCaller(GRIDCO, WEBSITE, since, 1)).isPresent();
        assertThat(failures.nthLatestForTicket(WATERCORP, TICKET, since, 1)).isPresent();
        assertThat(failures.nthLatestForTicket(WATERCORP, TICKET, since, 2)).isEmpty();
    }

    @Test
    void recording_forgets_the_tenants_failures_no_window_counts_any_more() {
        fail(GRIDCO, TICKET, WECHAT, T0);
        fail(WATERCORP, TICKET, WECHAT, T0);

        failures.record(new VerificationFailure(GRIDCO, T0.plus(Duration.ofHours(2)), UUID.randomUUID(), OTHER_TICKET, WECHAT),
                T0.plus(Duration.ofHours(1)));

        var dsl = TestDatabase.dsl();
        assertThat(dsl.fetchCount(VERIFICATION_FAILURE, VERIFICATION_FAILURE.TENANT.eq("gridco"))).isEqualTo(1);
        assertThat(dsl.fetchCount(VERIFICATION_FAILURE, VERIFICATION_FAILURE.TENANT.eq("watercorp")))
                .as("another tenant's rows wait for its own failures").isEqualTo(1);
    }

    @Test
    void a_withdrawn_attempt_counts_no_more_and_others_stay() {
        var attempt = new VerificationFailure(GRIDCO, T0.plusNanos(500), UUID.randomUUID(), TICKET, WECHAT);
        fail(GRIDCO, TICKET, WECHAT, T0.minusSeconds(1));
        failures.record(attempt, T0.minus(Duration.ofDays(1)));
        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, T0.minusSeconds(60), 2)).isPresent();

        failures.withdraw(attempt);

        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, T0.minusSeconds(60), 2)).isEmpty();
        assertThat(failures.nthLatestForTicket(GRIDCO, TICKET, T0.minusSeconds(60), 1)).contains(T0.minusSeconds(1));
    }

    @Test
    void the_table_keeps_no_code_and_its_key_leads_with_tenant_and_time() {
        var columns = TestDatabase.dsl().fetch("select column_name from information_schema.columns "
                + "where table_name = 'verification_failure' order by ordinal_position").getValues(0, String.class);
        var key = TestDatabase.dsl().fetch("select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid "
                + "and a.attnum = any(i.indkey) where i.indrelid = 'verification_failure'::regclass and i.indisprimary "
                + "order by array_position(i.indkey::int2[], a.attnum)").getValues(0, String.class);

        assertThat(columns).containsExactly("tenant", "failed_at", "id", "ticket_number", "caller");
        assertThat(key).containsExactly("tenant", "failed_at", "id");
    }

    @Test
    void an_overlong_ticket_or_caller_is_refused_by_the_table() {
        assertThatThrownBy(() -> TestDatabase.dsl().insertInto(VERIFICATION_FAILURE)
                .set(VERIFICATION_FAILURE.TENANT, "gridco").set(VERIFICATION_FAILURE.FAILED_AT, T0)
                .set(VERIFICATION_FAILURE.ID, UUID.randomUUID()).set(VERIFICATION_FAILURE.TICKET_NUMBER, "T".repeat(33))
                .set(VERIFICATION_FAILURE.CALLER, "wechat-portal").execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("verification_failure_ticket_length");
    }
}
