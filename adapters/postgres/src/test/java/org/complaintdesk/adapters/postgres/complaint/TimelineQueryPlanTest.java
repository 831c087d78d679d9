package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;

import java.time.Instant;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.PlaceholderComplaints;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A timeline page costs the same however many timelines there are and however far into one it
 * starts: on {@value #COMPLAINTS} complaints of {@value #ENTRIES} entries each, a page is read
 * from the primary key in sequence order, starting at its first entry, with no sort.
 */
class TimelineQueryPlanTest {
    static final int COMPLAINTS = 10_000;
    static final int ENTRIES = 20;
    private static final int PAGE = 5;

    private static final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintTimeline timeline = new PostgresComplaintTimeline(dsl);

    @BeforeAll
    static void seedLongTimelines() {
        TestDatabase.clear();
        PlaceholderComplaints.insert(dsl, COMPLAINTS, Instant.parse("2024-01-01T00:00:00Z"), ENTRIES);
        // The registration, then urges: entries whose particulars read back.
        dsl.execute("""
                insert into complaint_event (complaint_id, sequence, type, actor_user_id, actor_role, actor_org_unit,
                                             occurred_at, state_before, state_after, note, details)
                select c.id, s,
                       case when s = 1 then 'REGISTERED' else 'URGED' end,
                       'agent-1', 'AGENT', 'unit/1', c.registered_at + s * interval '1 hour',
                       case when s = 1 then null else 'ACCEPTED' end,
                       case when s = 1 then 'REGISTERED' else 'ACCEPTED' end,
                       null,
                       case when s = 1
                            then jsonb_build_object('ticket_number', c.ticket_number, 'kind', 'COMPLAINT',
                                                    'channel', 'HOTLINE', 'severity', 'LEVEL_3', 'priority', 'NORMAL')
                            else jsonb_build_object('urge_count', (s - 1)::text) end
                from complaint c, generate_series(1, ?) as s
                """, ENTRIES);
        dsl.execute("analyze complaint_event");
    }

    @AfterAll
    static void emptyDatabase() {
        TestDatabase.clear();
    }

    /**
     * Pages that leave entries behind them. For the last few entries of a timeline PostgreSQL may
     * instead fetch them all through the same index and sort those few, which is as cheap.
     */
    @ParameterizedTest(name = "a page after sequence {0} is read from the primary key in order")
    @ValueSource(longs = {0, 10})
    void a_timeline_page_is_read_from_the_primary_key_without_sorting(long afterSequence) {
        ComplaintId complaint = aComplaint();

        String plan = dsl.explain(timeline.eventsQuery(complaint, afterSequence, PAGE)).plan();

        assertThat(plan)
                .contains("Index Scan using complaint_event_pkey on complaint_event")
                .doesNotContain("Seq Scan")
                .doesNotContain("Sort");
        assertThat(timeline.events(complaint, afterSequence, PAGE)).hasSize(PAGE);
    }

    private static ComplaintId aComplaint() {
        UUID id = dsl.select(COMPLAINT.ID).from(COMPLAINT).orderBy(COMPLAINT.RECEIVED_AT).offset(COMPLAINTS / 2).limit(1)
                .fetchSingle().value1();
        return new ComplaintId(id);
    }
}
