package org.complaintdesk.adapters.postgres.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintStore;
import org.complaintdesk.adapters.postgres.complaint.PostgresEventLog;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.statistics.CountRow;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.application.statistics.TimeBucket;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facts follow the complaints through the outbox, off the write's path (V19). */
class FactFoldTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The fixture's complaints are received on 23 November 2026, in gridco/east. */
    private static final StatisticsSlice NOVEMBER = StatisticsSlice.of(new OrgUnitId("gridco"),
            StatisticsPeriod.month(2026, 11), ZONE, StatisticsFilter.ALL);

    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore complaints = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresEventLog events = new PostgresEventLog(dsl);
    private final PostgresStatisticsStore statistics = new PostgresStatisticsStore(dsl, ZONE);
    private final FactFold fold = new FactFold(dsl);

    @BeforeEach
    void emptyRegister() {
        TestDatabase.clear();
        events.preparePartitions(java.time.Instant.now());
        // Past whatever earlier tests left in the outbox.
        fold.beforeQuestion();
    }

    @Test
    void a_registration_writes_no_fact_and_the_next_fold_after_its_event_is_numbered_writes_it() {
        Complaint complaint = registered(anIntake());
        complaints.insert(complaint, aNewRequest());

        assertThat(facts(complaint)).as("facts after the registration's commit").isZero();
        events.sequencePending(1_000);
        assertThat(fold.next()).as("positions folded").isPositive();

        assertThat(facts(complaint)).isEqualTo(1);
        assertThat(dsl.fetchValue("select org_unit || ' ' || state from complaint_fact where complaint_id = ?",
                complaint.id().value())).isEqualTo("gridco/east REGISTERED");
        assertThat(dsl.fetchValue("select last from statistics_fold_position"))
                .isEqualTo(dsl.fetchValue("select last from event_position"));
        assertThat(fold.next()).as("nothing left").isZero();
    }

    @Test
    void a_question_counts_a_registration_acknowledged_before_it_even_before_its_event_is_numbered() {
        Complaint complaint = registered(anIntake());
        complaints.insert(complaint, aNewRequest());
        assertThat(dsl.fetchValue("select count(*) from event_outbox where position is null and complaint_id = ?",
                complaint.id().value())).as("events not yet numbered").isEqualTo(1L);

        assertThat(total(statistics.count(NOVEMBER, List.of(), TimeBucket.NONE))).isEqualTo(1);
        assertThat(facts(complaint)).isEqualTo(1);
    }

    @Test
    void a_question_counts_a_registration_numbered_but_not_yet_folded_and_skips_the_fold_when_all_is_folded() {
        Complaint complaint = registered(anIntake());
        complaints.insert(complaint, aNewRequest());
        events.sequencePending(1_000);

        assertThat(total(statistics.count(NOVEMBER, List.of(), TimeBucket.NONE))).isEqualTo(1);
        assertThat(dsl.fetchValue("select last from statistics_fold_position"))
                .isEqualTo(dsl.fetchValue("select last from event_position"));
        assertThat(total(statistics.count(NOVEMBER, List.of(), TimeBucket.NONE))).isEqualTo(1);
    }

    @Test
    void a_question_with_nothing_left_to_fold_does_not_wait_for_a_fold_in_progress() throws Exception {
        complaints.insert(registered(anIntake()), aNewRequest());
        events.sequencePending(1_000);
        fold.next();
        try (Connection other = TestDatabase.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select last from statistics_fold_position for update");
            }
            // It would wait for the lock if it folded.
            assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    fold::beforeQuestion)).isZero();
            other.rollback();
        }
    }

    @Test
    void folding_the_same_complaints_again_changes_and_counts_nothing_twice() {
        Complaint complaint = registered(anIntake());
        complaints.insert(complaint, aNewRequest());
        fold.beforeQuestion();
        long changes = changeRows();
        assertThat(receivedInRollup()).isEqualTo(1);

        // The background fold reaches the same event after the question folded it.
        events.sequencePending(1_000);
        fold.next();
        dsl.execute("select complaint_fact_fold(array(select id from complaint))");

        assertThat(changeRows()).as("rollup changes after folding unchanged facts").isEqualTo(changes);
        assertThat(receivedInRollup()).isEqualTo(1);
        assertThat(total(statistics.count(NOVEMBER, List.of(), TimeBucket.NONE))).isEqualTo(1);
    }

    @Test
    void the_repeat_flag_is_decided_when_the_fact_is_first_written_and_kept() {
        Complaint first = registered(anIntake().receivedAt(java.time.Instant.parse("2026-11-20T01:00:00Z")));
        Complaint again = registered(anIntake());
        complaints.insert(first, aNewRequest());
        complaints.insert(again, aNewRequest());
        fold.beforeQuestion();
        assertThat(dsl.fetchValue("select repeat from complaint_fact where complaint_id = ?", again.id().value()))
                .isEqualTo(true);

        // The earlier complaint no longer within the 30 days before: the registration's flag stays.
        dsl.execute("update complaint set received_at = received_at - interval '60 days' where id = ?",
                first.id().value());
        dsl.execute("select complaint_fact_fold(array(select id from complaint))");
        assertThat(dsl.fetchValue("select repeat from complaint_fact where complaint_id = ?", again.id().value()))
                .isEqualTo(true);
    }

    @Test
    void a_background_fold_leaves_the_position_to_a_fold_in_progress() throws Exception {
        complaints.insert(registered(anIntake()), aNewRequest());
        events.sequencePending(1_000);
        try (Connection other = TestDatabase.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select last from statistics_fold_position for update");
            }
            assertThat(fold.next()).isEqualTo(-1);
            other.rollback();
        }
        assertThat(fold.next()).isPositive();
    }

    @Test
    void a_round_takes_its_complaint_s_units_and_a_fold_moves_it_with_its_complaint() {
        Complaint complaint = registered(anIntake());
        complaints.insert(complaint, aNewRequest());
        String id = complaint.id().value().toString();
        dsl.execute("insert into complaint_clock_fact (tenant, complaint_id, clock, round, due, outcome)"
                + " values ('gridco', ?::uuid, 'REPLY', 9, now(), 'RUNNING')", id);
        assertThat(dsl.fetchValue("select org_unit from complaint_clock_fact where round = 9")).isEqualTo("gridco/east");

        dsl.execute("update complaint set org_unit = 'gridco/west' where id = ?::uuid", id);
        dsl.execute("select complaint_fact_fold(array[?::uuid])", id);
        assertThat(dsl.fetchValue("select org_unit from complaint_clock_fact where round = 9")).isEqualTo("gridco/west");
    }

    private long facts(Complaint complaint) {
        return ((Number) dsl.fetchValue("select count(*) from complaint_fact where complaint_id = ?",
                complaint.id().value())).longValue();
    }

    private long changeRows() {
        return ((Number) dsl.fetchValue("select count(*) from statistics_rollup_change")).longValue();
    }

    private long receivedInRollup() {
        return ((Number) dsl.fetchValue("select coalesce(sum(complaints), 0) from (select figure, complaints from"
                + " statistics_rollup union all select figure, complaints from statistics_rollup_change) r"
                + " where figure = 'RECEIVED'")).longValue();
    }

    private static long total(List<CountRow> rows) {
        return rows.stream().mapToLong(CountRow::count).sum();
    }
}
