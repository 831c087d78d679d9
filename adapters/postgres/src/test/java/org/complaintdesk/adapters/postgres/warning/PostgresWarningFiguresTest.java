package org.complaintdesk.adapters.postgres.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_CLOCK_FACT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.complaintdesk.adapters.postgres.testing.StatisticsSeed;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.warning.WarningObservation;
import org.complaintdesk.application.warning.WarningRule;
import org.complaintdesk.application.warning.WarningRuleText;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The warning figures on generated complaints (40 units, every outcome) against the same figures
 * computed in Java from the raw rows.
 */
class PostgresWarningFiguresTest {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant FROM = START.plus(3, ChronoUnit.DAYS);
    private static final Instant TO = START.plus(40, ChronoUnit.DAYS);

    private final PostgresWarningFigures figures = new PostgresWarningFigures(TestDatabase.dsl());

    @BeforeAll
    static void generatedComplaints() {
        TestDatabase.clear();
        StatisticsSeed.complaints(TestDatabase.dsl(), 1, 3000, START, 900);
    }

    private static WarningRule rule(String text) {
        return WarningRuleText.parse(text).getFirst();
    }

    private static String cut(String code, int depth) {
        if (code == null || depth == 0) {
            return code;
        }
        String[] parts = code.split("/");
        return String.join("/", Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }

    private static Map<String, long[]> byKey(List<WarningObservation> seen) {
        Map<String, long[]> figures = new TreeMap<>();
        seen.forEach(o -> figures.put(o.scopeUnit().value() + "|" + o.subject(),
                new long[] {o.numerator(), o.denominator(), o.causes().size()}));
        return figures;
    }

    private static boolean within(Instant at) {
        return at != null && !at.isBefore(FROM) && at.isBefore(TO);
    }

    private static List<Record> rows() {
        return TestDatabase.dsl().select(COMPLAINT.ID, COMPLAINT.ORG_UNIT, COMPLAINT.LEAD_DEPARTMENT, COMPLAINT.TOPIC,
                COMPLAINT.RECEIVED_AT, COMPLAINT.REPLIED_AT, COMPLAINT.CALLBACK_SATISFACTION,
                COMPLAINT.CALLBACK_RECORDED_AT).from(COMPLAINT).fetch().stream().map(r -> (Record) r).toList();
    }

    @Test
    void complaints_received_per_topic_in_each_unit_cut_at_depth_1_agree_with_the_raw_rows() {
        var seen = figures.observe(rule("t metric=received per=topic scope=unit:1 window=24h threshold=>=1"), FROM, TO);

        Map<String, long[]> expected = new TreeMap<>();
        for (Record r : rows()) {
            if (within(r.get(COMPLAINT.RECEIVED_AT))) {
                String key = cut(r.get(COMPLAINT.ORG_UNIT), 1) + "|" + r.get(COMPLAINT.TOPIC);
                long[] f = expected.computeIfAbsent(key, k -> new long[3]);
                f[0]++;
                f[1]++;
                f[2] = Math.min(f[0], WarningObservation.MAX_CAUSES);
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(byKey(seen)).containsExactlyEntriesOf(expected);
    }

    @Test
    void the_satisfaction_of_each_department_agrees_with_the_raw_rows_and_names_the_unsatisfied() {
        var seen = figures.observe(rule("s metric=satisfaction scope=department:0 window=month threshold=<85%"), FROM, TO);

        Map<String, long[]> expected = new TreeMap<>();
        Map<String, Set<UUID>> unsatisfied = new HashMap<>();
        for (Record r : rows()) {
            String satisfaction = r.get(COMPLAINT.CALLBACK_SATISFACTION);
            String department = r.get(COMPLAINT.LEAD_DEPARTMENT);
            if (department == null || satisfaction == null || !within(r.get(COMPLAINT.CALLBACK_RECORDED_AT))) {
                continue;
            }
            long[] f = expected.computeIfAbsent(department + "|", k -> new long[3]);
            f[1]++;
            if (satisfaction.equals("UNSATISFIED")) {
                f[2]++;
                unsatisfied.computeIfAbsent(department, k -> new java.util.HashSet<>()).add(r.get(COMPLAINT.ID));
            } else {
                f[0]++;
            }
        }
        assertThat(expected.values()).anyMatch(f -> f[2] > 0);
        assertThat(byKey(seen)).containsExactlyEntriesOf(expected);
        seen.forEach(o -> assertThat(o.causes().stream().map(id -> id.value()).collect(Collectors.toSet()))
                .isEqualTo(unsatisfied.getOrDefault(o.scopeUnit().value(), Set.of())));
    }

    @Test
    void the_share_of_late_replies_in_each_unit_agrees_with_the_clock_rounds_met_late() {
        var seen = figures.observe(rule("l metric=late-replies scope=unit:2 window=week threshold=>5%"), FROM, TO);

        Set<UUID> late = Set.copyOf(TestDatabase.dsl().select(COMPLAINT_CLOCK_FACT.COMPLAINT_ID)
                .from(COMPLAINT_CLOCK_FACT)
                .where(COMPLAINT_CLOCK_FACT.CLOCK.eq("REPLY").and(COMPLAINT_CLOCK_FACT.OUTCOME.eq("MET_LATE")))
                .fetch(COMPLAINT_CLOCK_FACT.COMPLAINT_ID));
        Map<String, long[]> expected = new TreeMap<>();
        for (Record r : rows()) {
            if (!within(r.get(COMPLAINT.REPLIED_AT))) {
                continue;
            }
            long[] f = expected.computeIfAbsent(cut(r.get(COMPLAINT.ORG_UNIT), 2) + "|", k -> new long[3]);
            f[1]++;
            if (late.contains(r.get(COMPLAINT.ID))) {
                f[0]++;
                f[2]++;
            }
        }
        assertThat(expected.values()).anyMatch(f -> f[0] > 0);
        assertThat(byKey(seen)).containsExactlyEntriesOf(expected);
    }
}
