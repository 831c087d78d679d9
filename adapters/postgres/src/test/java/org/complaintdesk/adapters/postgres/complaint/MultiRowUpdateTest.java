package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.Complaint;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitor's steps on many complaints as one statement. */
class MultiRowUpdateTest {
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final ComplaintRows rows = new ComplaintRows(TestDatabase.personalData());

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void every_row_whose_guard_still_holds_is_written_whole_and_a_stale_one_is_left_alone() {
        List<ComplaintRecord> changed = new ArrayList<>();
        List<Complaint> stored = new ArrayList<>();
        // More rows than one statement takes, so the update is split.
        for (int i = 0; i < MultiRowUpdate.rowsPerStatement(COMPLAINT.fields().length) + 5; i++) {
            Complaint complaint = registered(anIntake().topic("topic " + i));
            store.insert(complaint, aNewRequest());
            stored.add(complaint);
        }
        var update = new MultiRowUpdate<ComplaintRecord>(COMPLAINT.ID, COMPLAINT.VERSION);
        for (int i = 0; i < stored.size(); i++) {
            ComplaintRecord row = rows.toRecord(stored.get(i).snapshot());
            row.setTopic("retold " + i);
            // A NULL in every row still has its column's type; the last row's guard is stale.
            row.setLeadDepartment(null);
            changed.add(row);
            update.add(row, i == stored.size() - 1 ? 99L : 1L);
        }

        int written = dsl.transactionResult(tx -> update.execute(tx.dsl()));

        assertThat(written).isEqualTo(stored.size() - 1);
        for (int i = 0; i < stored.size(); i++) {
            String topic = dsl.select(COMPLAINT.TOPIC).from(COMPLAINT).where(COMPLAINT.ID.eq(stored.get(i).id().value()))
                    .fetchSingle().value1();
            assertThat(topic).isEqualTo(i == stored.size() - 1 ? "topic " + i : "retold " + i);
        }
    }
}
