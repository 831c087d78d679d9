package org.complaintdesk.adapters.postgres.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.adapters.postgres.testing.StatisticsSeed;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.statistics.DepartmentIndicators;
import org.complaintdesk.application.statistics.HandlingIndicators;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.statistics.StatisticsSlice;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly rollup (V17) stays equal to the facts whatever happens to the complaints, the clock
 * rounds and the calendar, written through the real triggers; compaction changes nothing it
 * answers; and the store's answers from it agree with the raw rows and with the facts' own path.
 * The invariant: {@code statistics_rollup_correct()} finds nothing to append.
 */
class StatisticsRollupTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-10T00:00:00Z");
    private static final StatisticsPeriod MARCH = StatisticsPeriod.month(2026, 3);
    private static final StatisticsPeriod MARCH_TO_MAY = new StatisticsPeriod(LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 5, 1));
    private static final List<StatisticsPeriod> WHOLE_MONTHS = List.of(StatisticsPeriod.month(2026, 2), MARCH,
            MARCH_TO_MAY, new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)));
    private static final List<String> SCOPES = List.of("gridco", "gridco/r1", "gridco/r2/dept1");
    /** The seeded complaint's number, as a SQL expression on complaint. */
    private static final String NUMBER = "right(ticket_number, 8)::int";

    private static final DSLContext DSL = TestDatabase.dsl();
    private final PostgresStatisticsStore store = new PostgresStatisticsStore(DSL, ZONE);
    private final StatisticsReference reference = new StatisticsReference(DSL, ZONE, NOW);

    @BeforeEach
    void aGeneratedRegister() {
        TestDatabase.clear();
        // One complaint every 90 minutes from 1 January to early May 2026.
        StatisticsSeed.complaints(DSL, 1, 2000, START, 5400);
    }

    @Test
    void complaints_changed_in_every_way_keep_the_rollup_and_its_changes_equal_to_the_facts() {
        assertThat(changeRows()).as("the seeded complaints' changes").isPositive();
        assertRollupEqualsFacts("seeded");
        assertThat(store.compactRollup()).isPositive();
        assertCompacted();
        assertRollupEqualsFacts("seeded and compacted");

        // Later replies, closes and callbacks, some into another month.
        execute("update complaint set replied_at = replied_at + interval '33 days', closed_at = closed_at + interval '33 days',"
                + " callback_recorded_at = callback_recorded_at + interval '33 days'"
                + " where replied_at is not null and " + NUMBER + " % 7 = 0");
        assertRollupEqualsFacts("replies moved later");
        // Reopened: the reply, callback and close taken back.
        execute("update complaint set state = 'INVESTIGATING', reply_channel = null, reply_content = null,"
                + " replied_by = null, replied_at = null, callback_method = null, callback_satisfaction = null,"
                + " callback_attempts = null, callback_recorded_by = null, callback_recorded_at = null,"
                + " closed_at = null, reopenings = reopenings + 1"
                + " where state = 'CLOSED' and " + NUMBER + " % 5 = 1");
        assertRollupEqualsFacts("reopened");
        // Dispatched elsewhere, and owned elsewhere: the complaints' clock rounds move with them.
        execute("update complaint set lead_department = 'gridco/r' || ((" + NUMBER + " + 1) % 5) || '/dept3'"
                + " where lead_department is not null and " + NUMBER + " % 6 = 2");
        execute("update complaint set org_unit = 'gridco/r4/u9', intake_unit = 'gridco/r4/u9'"
                + " where " + NUMBER + " % 11 = 3");
        assertRollupEqualsFacts("dispatched and owned elsewhere");
        // Other callback verdicts, the unreachable complainant among them.
        execute("update complaint set callback_satisfaction = case callback_satisfaction"
                + " when 'SATISFIED' then 'UNSATISFIED' when 'UNSATISFIED' then null else 'SATISFIED' end"
                + " where callback_method is not null and " + NUMBER + " % 3 = 0");
        assertRollupEqualsFacts("callback verdicts changed");
        // The monitor's rounds: met, moved to another month's due, dropped, added.
        execute("update complaint_clock_fact set outcome = 'MET_LATE' where outcome = 'RUNNING' and clock = 'REPLY'");
        execute("update complaint_clock_fact set due = due + interval '31 days' where clock = 'REGISTRATION'"
                + " and extract(minute from due) = 30");
        execute("delete from complaint_clock_fact where clock = 'CALLBACK' and outcome = 'MET_LATE'"
                + " and extract(hour from due)::int % 2 = 0");
        execute("insert into complaint_clock_fact (tenant, complaint_id, clock, round, due, outcome)"
                + " select tenant, complaint_id, clock, 2, due + interval '20 days', 'RUNNING'"
                + " from complaint_clock_fact where clock = 'REPLY' and round = 1 and outcome = 'MET_LATE'");
        assertRollupEqualsFacts("rounds changed");
        // One transaction moving a complaint away and back, its rounds changing in between.
        DSL.transaction(tx -> {
            tx.dsl().execute("update complaint set lead_department = 'gridco/r0/dept0' where lead_department = 'gridco/r1/dept1'");
            tx.dsl().execute("update complaint_clock_fact c set outcome = 'MET_IN_TIME' from complaint f"
                    + " where f.id = c.complaint_id and f.lead_department = 'gridco/r0/dept0'"
                    + " and c.outcome = 'RUNNING'");
            tx.dsl().execute("update complaint set lead_department = 'gridco/r1/dept1' where lead_department = 'gridco/r0/dept0'"
                    + " and " + NUMBER + " % 2 = 0");
        });
        foldAll();
        assertRollupEqualsFacts("moved away and partly back in one transaction");

        // An update that changes nothing counted appends nothing.
        long before = changeRows();
        execute("update complaint set version = version + 1, description = description || '.'");
        assertThat(changeRows()).as("changes after an update of uncounted columns").isEqualTo(before);

        assertAnswersAgreeWithTheRawRows("changed, not compacted");
        store.compactRollup();
        assertCompacted();
        assertRollupEqualsFacts("changed and compacted");
        assertAnswersAgreeWithTheRawRows("changed and compacted");
    }

    @Test
    void two_folds_at_once_never_count_a_change_twice() throws Exception {
        store.compactRollup();
        // The second fold waits on the first one's rows; changes committed meanwhile go to the second.
        execute("update complaint set lead_department = 'gridco/r3/dept0' where lead_department = 'gridco/r3/dept1'");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (Connection first = TestDatabase.dataSource().getConnection();
             Connection second = TestDatabase.dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            long firstFolded = fold(first);
            execute("update complaint set replied_at = replied_at + interval '40 days', closed_at = null,"
                    + " state = 'REPLIED', callback_method = null, callback_satisfaction = null,"
                    + " callback_attempts = null, callback_recorded_by = null, callback_recorded_at = null"
                    + " where state = 'CLOSED' and " + NUMBER + " % 4 = 0");
            int secondPid = backend(second);
            Future<Long> secondFold = threads.submit(() -> fold(second));
            awaitLockWait(secondPid);
            first.commit();
            long secondFolded = secondFold.get(30, TimeUnit.SECONDS);
            second.commit();
            assertThat(firstFolded).isPositive();
            assertThat(secondFolded).as("the rows of the changes committed meanwhile").isPositive();
        }
        assertThat(changeRows()).isZero();
        assertRollupEqualsFacts("after two overlapping folds");
        assertThat(rolledUp()).isEqualTo(factsCounted());

        // Folds side by side while complaints change: nothing lost, nothing twice.
        try {
            Future<?> writer = threads.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    DSL.execute("update complaint set lead_department = 'gridco/r' || (" + NUMBER + " % 5) || '/dept'"
                            + " || ((" + NUMBER + " + " + i + ") % 4) where lead_department is not null and "
                            + NUMBER + " % 40 = " + i);
                    DSL.execute("update complaint_clock_fact set outcome = case outcome when 'MET_LATE' then"
                            + " 'MET_IN_TIME' else 'MET_LATE' end where outcome in ('MET_LATE', 'MET_IN_TIME')"
                            + " and extract(hour from due)::int = " + (i % 24));
                }
                return null;
            });
            // Both folders fold round after round, together, until the writer is done and twice
            // more: the barrier's action decides for both whether another round follows.
            AtomicBoolean another = new AtomicBoolean(true);
            AtomicInteger afterWriter = new AtomicInteger(2);
            CyclicBarrier together = new CyclicBarrier(2,
                    () -> another.set(!writer.isDone() || afterWriter.getAndDecrement() > 0));
            List<Future<Integer>> folders = new ArrayList<>();
            for (int f = 0; f < 2; f++) {
                folders.add(threads.submit(() -> {
                    int folded = 0;
                    try (Connection c = TestDatabase.dataSource().getConnection()) {
                        c.setAutoCommit(false);
                        while (true) {
                            together.await(30, TimeUnit.SECONDS);
                            if (!another.get()) {
                                return folded;
                            }
                            folded += (int) fold(c);
                            c.commit();
                        }
                    }
                }));
            }
            writer.get(120, TimeUnit.SECONDS);
            int folded = 0;
            for (Future<Integer> folder : folders) {
                folded += folder.get(120, TimeUnit.SECONDS);
            }
            assertThat(folded).isPositive();
        } finally {
            threads.shutdownNow();
        }
        assertRollupEqualsFacts("after folds beside writers");
        store.compactRollup();
        assertCompacted();
        assertRollupEqualsFacts("after the last fold");
        assertThat(rolledUp()).isEqualTo(factsCounted());
    }

    @Test
    void a_fold_another_instance_is_running_is_left_to_it() throws Exception {
        execute("update complaint set callback_satisfaction = 'UNSATISFIED' where callback_satisfaction = 'SATISFIED'");
        long changes = changeRows();
        try (Connection other = TestDatabase.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext('statistics_rollup_compact'))");
            }
            assertThat(store.compactRollup()).isZero();
            assertThat(changeRows()).isEqualTo(changes);
            other.rollback();
        }
        assertThat(store.compactRollup()).isPositive();
        assertCompacted();
        assertRollupEqualsFacts("folded once the other instance let go");
    }

    @Test
    void holidays_declared_afterwards_count_the_working_days_again_and_the_rollup_with_them() {
        store.compactRollup();
        HandlingIndicators before = store.indicators(slice("gridco", MARCH), NOW);
        // A week of March declared off after the complaints were replied to.
        DSL.transaction(tx -> {
            tx.dsl().execute("update calendar_year set version = version + 1, updated_at = now(), updated_by = 'test'"
                    + " where year = 2026");
            tx.dsl().execute("insert into calendar_day (day, year, kind, holiday)"
                    + " select d::date, 2026, 'HOLIDAY', 'Test week' from generate_series(date '2026-03-09',"
                    + " date '2026-03-13', interval '1 day') as d");
        });
        assertWorkingDaysFollowTheCalendar("a week declared off");
        assertRollupEqualsFacts("a week declared off");
        HandlingIndicators declared = store.indicators(slice("gridco", MARCH), NOW);
        assertThat(declared.timeToReply()).isNotEqualTo(before.timeToReply());
        assertThat(declared.timeToReply().medianWorkingDays().orElseThrow())
                .isLessThan(before.timeToReply().medianWorkingDays().orElseThrow());
        StatisticsReference.assertIndicators(declared, reference.indicators("gridco", MARCH, ""), "a week off");
        assertPercentilesOfTheFacts(declared, MARCH);

        // The calendar store's replacement: deleted, and a make-up Saturday declared.
        DSL.transaction(tx -> {
            tx.dsl().execute("update calendar_year set version = version + 1 where year = 2026");
            tx.dsl().execute("delete from calendar_day where holiday = 'Test week'");
            tx.dsl().execute("insert into calendar_day (day, year, kind, holiday)"
                    + " values (date '2026-03-21', 2026, 'MAKE_UP_WORKING_DAY', 'Test Saturday')");
        });
        assertWorkingDaysFollowTheCalendar("the week taken back, a Saturday worked");
        assertRollupEqualsFacts("the week taken back, a Saturday worked");
        HandlingIndicators worked = store.indicators(slice("gridco", MARCH), NOW);
        StatisticsReference.assertIndicators(worked, reference.indicators("gridco", MARCH, ""), "a Saturday worked");
        assertPercentilesOfTheFacts(worked, MARCH);
        store.compactRollup();
        assertRollupEqualsFacts("compacted after the calendar changes");
        StatisticsReference.assertIndicators(store.indicators(slice("gridco", MARCH), NOW), worked, "compacted");
    }

    @Test
    void a_holiday_moved_to_another_day_counts_the_complaints_of_both_days_again() {
        DSL.transaction(tx -> {
            tx.dsl().execute("update calendar_year set version = version + 1 where year = 2026");
            tx.dsl().execute("insert into calendar_day (day, year, kind, holiday)"
                    + " values (date '2026-03-10', 2026, 'HOLIDAY', 'Test day')");
        });
        assertWorkingDaysFollowTheCalendar("a day declared off");
        // A correction of the date: the complaints across the old day gain a working day back.
        execute("update calendar_day set day = date '2026-03-24' where day = date '2026-03-10'");
        assertWorkingDaysFollowTheCalendar("the day moved");
        assertRollupEqualsFacts("the day moved");
    }

    @Test
    void a_reply_an_hour_and_23_minutes_after_receipt_counts_1_4_hours_whichever_path_answers() {
        // The only complaint of gridco/r9: received on 3 March, replied 1 h 23 min later, closed 5 h 10 min later.
        String one = "(select id from complaint where state = 'CLOSED' and received_at >= timestamptz '2026-03-03 00:00+08'"
                + " order by received_at limit 1)";
        execute("update complaint set org_unit = 'gridco/r9/u1', intake_unit = 'gridco/r9/u1',"
                + " replied_at = received_at + interval '83 minutes', closed_at = received_at + interval '310 minutes',"
                + " callback_recorded_at = received_at + interval '200 minutes' where id = " + one);
        assertRollupEqualsFacts("one complaint replied quickly");
        HandlingIndicators rolledUp = store.indicators(slice("gridco/r9", MARCH), NOW);
        // Not a whole month: the facts answer.
        HandlingIndicators facts = store.indicators(StatisticsSlice.of(new OrgUnitId("gridco/r9"),
                new StatisticsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), ZONE, StatisticsFilter.ALL), NOW);
        for (HandlingIndicators answer : List.of(rolledUp, facts)) {
            assertThat(answer.timeToReply().count()).isEqualTo(1);
            assertThat(answer.timeToReply().medianHours()).contains(1.4);
            assertThat(answer.timeToReply().p90Hours()).contains(1.4);
            assertThat(answer.timeToReply().medianWorkingDays()).contains(0.0);
            assertThat(answer.timeToClose().count()).isEqualTo(1);
            assertThat(answer.timeToClose().medianHours()).contains(5.2);
            assertThat(answer.timeToClose().p90Hours()).contains(5.2);
        }
        assertThat(rolledUp).isEqualTo(facts);
        StatisticsReference.assertIndicators(rolledUp, reference.indicators("gridco/r9", MARCH, ""), "gridco/r9");
    }

    @Test
    void a_dispatch_waiting_on_the_monitors_lock_moves_the_rounds_the_monitor_wrote_meanwhile() throws Exception {
        store.compactRollup();
        String complaint = DSL.fetchValue("select id::text from complaint where lead_department = 'gridco/r1/dept2'"
                + " and state = 'DISPATCHED' order by received_at limit 1").toString();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Connection monitor = TestDatabase.dataSource().getConnection();
             Connection dispatcher = TestDatabase.dataSource().getConnection()) {
            monitor.setAutoCommit(false);
            try (Statement s = monitor.createStatement()) {
                // As PostgresClockWatch: the complaint locked, then its rounds written.
                s.execute("select 1 from complaint where id = '" + complaint + "' for update");
                s.execute("insert into complaint_clock_fact (tenant, complaint_id, clock, round, due, outcome)"
                        + " values ('gridco', '" + complaint + "', 'REPLY', 2, timestamptz '2026-03-20 10:00+08', 'RUNNING')");
                s.execute("update complaint_clock_fact set outcome = 'MET_LATE' where complaint_id = '" + complaint
                        + "' and clock = 'REGISTRATION'");
            }
            int dispatcherPid = backend(dispatcher);
            Future<?> redispatch = threads.submit(() -> {
                try (Statement s = dispatcher.createStatement()) {
                    s.execute("update complaint set lead_department = 'gridco/r1/dept3' where id = '" + complaint + "'");
                }
                return null;
            });
            awaitLockWait(dispatcherPid);
            monitor.commit();
            redispatch.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        foldAll();
        assertThat(count("select count(*) from complaint_clock_fact where complaint_id = '" + complaint + "'"))
                .isGreaterThan(2);
        assertRollupEqualsFacts("after a dispatch that waited on the monitor");
    }

    @Test
    void a_store_in_another_time_zone_counts_the_rollup_again_in_its_months() {
        execute("update complaint set lead_department = 'gridco/r4/dept0' where lead_department = 'gridco/r4/dept2'");
        execute("update complaint set callback_satisfaction = null where callback_satisfaction = 'BASICALLY_SATISFIED'");
        ZoneId utc = ZoneId.of("UTC");
        PostgresStatisticsStore elsewhere = new PostgresStatisticsStore(DSL, utc);
        StatisticsReference inUtc = new StatisticsReference(DSL, utc, NOW);
        for (StatisticsPeriod period : List.of(MARCH, MARCH_TO_MAY)) {
            HandlingIndicators answer = elsewhere.indicators(StatisticsSlice.of(new OrgUnitId("gridco/r4"), period, utc,
                    StatisticsFilter.ALL), NOW);
            StatisticsReference.assertIndicators(answer, inUtc.indicators("gridco/r4", period, ""), "UTC " + period);
        }
        assertRollupEqualsFacts("counted again in UTC");
        assertThat(count("select sum(complaints) from (select month, figure, complaints from statistics_rollup"
                + " union all select month, figure, complaints from statistics_rollup_change) as r"
                + " where figure = 'RECEIVED' and month = date '2026-03-01'"))
                .isEqualTo(count("select count(*) from complaint where received_at >= timestamptz '2026-03-01 00:00Z'"
                        + " and received_at < timestamptz '2026-04-01 00:00Z'"));
        // And back in the business zone.
        elsewhere.compactRollup();
        assertAnswersAgreeWithTheRawRows("back in " + ZONE);
        assertRollupEqualsFacts("back in " + ZONE);
    }

    @Test
    void a_department_whose_complaints_all_went_elsewhere_is_not_listed_before_the_fold_or_after() {
        store.compactRollup();
        execute("update complaint set lead_department = 'gridco/r2/dept0' where lead_department = 'gridco/r2/dept3'");
        for (String when : List.of("before the fold", "after the fold")) {
            for (StatisticsPeriod period : List.of(MARCH, MARCH_TO_MAY)) {
                List<DepartmentIndicators> departments = store.indicatorsByDepartment(slice("gridco/r2", period), 0, NOW);
                assertThat(departments).as(when + " " + period).extracting(d -> d.department().value())
                        .containsExactly("gridco/r2/dept0", "gridco/r2/dept1", "gridco/r2/dept2");
                for (DepartmentIndicators d : departments) {
                    StatisticsReference.assertIndicators(d.indicators(), reference.indicators("gridco/r2", period,
                            " and lead_department = '" + d.department().value() + "'"), d.department() + " " + when);
                }
            }
            store.compactRollup();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static StatisticsSlice slice(String scope, StatisticsPeriod period) {
        return StatisticsSlice.of(new OrgUnitId(scope), period, ZONE, StatisticsFilter.ALL);
    }

    private void assertAnswersAgreeWithTheRawRows(String when) {
        for (String scope : SCOPES) {
            for (StatisticsPeriod period : WHOLE_MONTHS) {
                StatisticsReference.assertIndicators(store.indicators(slice(scope, period), NOW),
                        reference.indicators(scope, period, ""), when + " " + scope + " " + period);
            }
        }
        for (StatisticsPeriod period : List.of(MARCH, MARCH_TO_MAY)) {
            for (DepartmentIndicators d : store.indicatorsByDepartment(slice("gridco", period), 2, NOW)) {
                StatisticsReference.assertIndicators(d.indicators(), reference.indicators("gridco", period,
                        " and lead_department like '" + d.department().value() + "/%'"),
                        when + " " + d.department() + " " + period);
            }
        }
        // The rollup's answer is the facts' answer: the same question narrowed by every kind in turn
        // reads the facts, and the kinds add up to the whole.
        HandlingIndicators whole = store.indicators(slice("gridco", MARCH), NOW);
        long received = 0;
        for (ComplaintKind kind : ComplaintKind.values()) {
            received += store.indicators(StatisticsSlice.of(new OrgUnitId("gridco"), MARCH, ZONE,
                    StatisticsFilter.ALL.withKind(kind)), NOW).received();
        }
        assertThat(received).as(when + " received by kind").isEqualTo(whole.received());
    }

    /** The invariant: the correction finds the rollup and its changes equal to the facts. */
    private static void assertRollupEqualsFacts(String when) {
        assertThat(corrections()).as("what statistics_rollup_correct() appends " + when).isEmpty();
    }

    /** The rows statistics_rollup_correct() would append now, rolled back. */
    private static List<String> corrections() {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table change_before on commit drop as select * from statistics_rollup_change");
                s.execute("select statistics_rollup_correct()");
                try (ResultSet r = s.executeQuery("select * from statistics_rollup_change except all"
                        + " select * from change_before")) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            row.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append(' ');
                        }
                        rows.add(row.toString().trim());
                    }
                }
            } finally {
                c.rollback();
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertCompacted() {
        assertThat(changeRows()).as("changes left after the fold").isZero();
        assertThat(count("select count(*) from statistics_rollup where complaints = 0")).as("emptied rows").isZero();
        assertThat(count("select count(*) from statistics_rollup where complaints < 0")).as("negative rows").isZero();
    }

    /** Every complaint and round the rollup and its changes count, over every figure. */
    private static long rolledUp() {
        return count("select coalesce(sum(complaints), 0) from (select complaints from statistics_rollup"
                + " union all select complaints from statistics_rollup_change) as r");
    }

    /** What the facts count, figure by figure, added up as {@link #rolledUp()} adds the rollup. */
    private static long factsCounted() {
        return count("select (select count(*) from complaint_fact)"
                + " + (select count(*) from complaint_fact where replied_day is not null)"
                + " + (select count(*) from complaint_fact where closed_day is not null and accepted and not withdrawn)"
                + " + (select count(*) from complaint_fact where callback_recorded_at is not null)"
                + " + (select count(*) from complaint_clock_fact)");
    }

    /** Every fact's stored working days are those of the calendar as it stands, counted in Java. */
    private void assertWorkingDaysFollowTheCalendar(String when) {
        StatisticsReference.WorkingDays calendar = reference.workingDays();
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Record r : DSL.fetch("select c.ticket_number, c.received_at, c.replied_at, c.closed_at,"
                + " f.reply_working_days, f.close_working_days from complaint c join complaint_fact f on f.complaint_id = c.id")) {
            Instant received = r.get(1, Instant.class);
            Instant replied = r.get(2, Instant.class);
            Instant closed = r.get(3, Instant.class);
            Long reply = replied == null ? null : calendar.between(received, replied);
            Long close = closed == null ? null : calendar.between(received, closed);
            Integer storedReply = r.get(4, Integer.class);
            Integer storedClose = r.get(5, Integer.class);
            if (!java.util.Objects.equals(reply, storedReply == null ? null : storedReply.longValue())
                    || !java.util.Objects.equals(close, storedClose == null ? null : storedClose.longValue())) {
                wrong.add(r.get(0, String.class) + " reply " + storedReply + " not " + reply + ", close " + storedClose
                        + " not " + close);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(2000);
        assertThat(wrong).as("facts whose working days miss the calendar " + when).isEmpty();
    }

    /** The store's working-day and hour percentiles are percentile_cont over the facts of the month. */
    private static void assertPercentilesOfTheFacts(HandlingIndicators answer, StatisticsPeriod period) {
        String within = " replied_at >= timestamptz '" + period.from() + " 00:00+08' and replied_at < timestamptz '"
                + period.to() + " 00:00+08'";
        Record r = DSL.fetchOne("select percentile_cont(0.5) within group (order by reply_working_days),"
                + " percentile_cont(0.9) within group (order by reply_working_days),"
                + " percentile_cont(0.5) within group (order by round(reply_hours * 10) / 10)"
                + " from complaint_fact where" + within);
        assertThat(answer.timeToReply().medianWorkingDays()).contains(r.get(0, Double.class));
        assertThat(answer.timeToReply().p90WorkingDays()).contains(r.get(1, Double.class));
        assertThat(answer.timeToReply().medianHours().orElseThrow())
                .isCloseTo(r.get(2, Double.class), org.assertj.core.api.Assertions.within(1e-9));
    }

    private static long fold(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select statistics_rollup_compact()")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int backend(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Until the backend waits for a lock another transaction holds. */
    private static void awaitLockWait(int pid) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if ("Lock".equals(DSL.fetchValue("select wait_event_type from pg_stat_activity where pid = ?", pid))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("backend " + pid + " never waited for the first fold");
    }

    private static long changeRows() {
        return count("select count(*) from statistics_rollup_change");
    }

    /** A raw write, then what the outbox would name after it: every complaint's fact folded again (V19). */
    private static void execute(String sql) {
        DSL.execute(sql);
        foldAll();
    }

    private static void foldAll() {
        DSL.execute("select complaint_fact_fold(array(select id from complaint))");
    }

    private static long count(String sql) {
        return ((Number) DSL.fetchValue(sql)).longValue();
    }
}
