package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.handling.Assignment;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A unit's list holds exactly the complaints it reaches: owned by it or below, or dispatched to it or below. */
class ScopedListTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final Actor SUPERVISOR = new Actor(new UserId("supervisor-1"), Role.SUPERVISOR,
            new OrgUnitId("gridco/east/office"));
    private static final Actor HANDLER = new Actor(new UserId("handler-1"), Role.HANDLER, new OrgUnitId("gridco/west/grid"));

    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());

    private Complaint east;
    private Complaint eastBilling;
    private Complaint west;
    private Complaint water;
    private Complaint eastSentWest;

    @BeforeEach
    void aRegisterOfSeveralTrees() {
        TestDatabase.clear();
        east = store(owned("gridco/east", 1));
        eastBilling = store(owned("gridco/east/billing", 2));
        west = store(owned("gridco/west", 3));
        water = store(owned("waterco", 4));
        eastSentWest = dispatch(store(owned("gridco/east", 5)),
                new Assignment(new OrgUnitId("gridco/west/grid"), List.of(new OrgUnitId("gridco/east/metering")),
                        HANDLER.userId()));
    }

    @Test
    void a_unit_lists_what_it_owns_below_it_and_what_is_dispatched_to_it_newest_first() {
        assertThat(listed("gridco/east")).containsExactly(eastSentWest.id().toString(), eastBilling.id().toString(), east.id().toString());
        assertThat(listed("gridco/west")).containsExactly(eastSentWest.id().toString(), west.id().toString());
        assertThat(listed("gridco")).containsExactly(eastSentWest.id().toString(), west.id().toString(), eastBilling.id().toString(), east.id().toString());
        assertThat(listed("waterco")).containsExactly(water.id().toString());
    }

    @Test
    void a_department_lists_only_what_is_dispatched_to_it_or_owned_below_it() {
        assertThat(listed("gridco/west/grid")).containsExactly(eastSentWest.id().toString());
        assertThat(listed("gridco/east/metering")).containsExactly(eastSentWest.id().toString());
        assertThat(listed("gridco/east/billing")).containsExactly(eastBilling.id().toString());
        assertThat(listed("gridco/east/cs")).isEmpty();
    }

    @Test
    void a_unit_whose_code_only_begins_like_another_lists_none_of_its_complaints() {
        store(owned("gridco/eastern", 6));

        assertThat(listed("gridco/east")).hasSize(3);
        assertThat(listed("gridco/eastern")).hasSize(1);
    }

    @Test
    void a_returned_complaint_leaves_the_list_of_the_department_that_returned_it() {
        Complaint current = store.findById(eastSentWest.id()).orElseThrow();
        Complaint returned = current.returnComplaint(new Reason("east's meter"), HANDLER, T0.plus(Duration.ofDays(1)));
        store.update(returned, aNewRequest());

        assertThat(listed("gridco/west/grid")).isEmpty();
        assertThat(listed("gridco/west")).containsExactly(west.id().toString());
        assertThat(listed("gridco/east")).contains(eastSentWest.id().toString());
    }

    @Test
    void the_filters_and_the_cursor_apply_within_the_scope() {
        ComplaintFilter dispatchedOnly = ComplaintFilter.ALL.withState(ComplaintState.DISPATCHED);
        assertThat(ids(store.listReachedBy(new OrgUnitId("gridco"), dispatchedOnly, 10, Optional.empty())))
                .containsExactly(eastSentWest.id().toString());

        List<Complaint> first = store.listReachedBy(new OrgUnitId("gridco"), ComplaintFilter.ALL, 2, Optional.empty());
        Complaint last = first.getLast();
        List<Complaint> second = store.listReachedBy(new OrgUnitId("gridco"), ComplaintFilter.ALL, 2,
                Optional.of(new PageCursor(last.submission().receivedAt(), last.id())));
        assertThat(ids(first)).containsExactly(eastSentWest.id().toString(), west.id().toString());
        assertThat(ids(second)).containsExactly(eastBilling.id().toString(), east.id().toString());
    }

    @Test
    void the_migration_s_backfill_writes_the_same_scope_as_the_store() {
        Set<String> written = scopeRows();
        dsl.deleteFrom(COMPLAINT_SCOPE).execute();

        dsl.execute(backfillStatement());

        assertThat(scopeRows()).isEqualTo(written).hasSize(13);
    }

    private List<String> listed(String unit) {
        return ids(store.listReachedBy(new OrgUnitId(unit), ComplaintFilter.ALL, 50, Optional.empty()));
    }

    private Complaint owned(String unit, int hours) {
        return registered(anIntake().orgUnit(unit).receivedAt(T0.plus(Duration.ofHours(hours))));
    }

    private Complaint store(Complaint complaint) {
        store.insert(complaint, aNewRequest());
        return store.findById(complaint.id()).orElseThrow();
    }

    private Complaint dispatch(Complaint complaint, Assignment assignment) {
        Instant at = T0.plus(Duration.ofHours(20));
        Complaint dispatched = complaint.accept(new Statement("we call you"), SUPERVISOR, at)
                .dispatch(assignment, SUPERVISOR, at.plusSeconds(60));
        store.update(dispatched, aNewRequest());
        return store.findById(complaint.id()).orElseThrow();
    }

    private Set<String> scopeRows() {
        return dsl.selectFrom(COMPLAINT_SCOPE).fetch().stream()
                .map(Record::intoList).map(List::toString).collect(Collectors.toSet());
    }

    /** The insert of V7__unit_scope.sql that fills the scope of the complaints stored before it. */
    static String backfillStatement() {
        try (InputStream in = ScopedListTest.class.getResourceAsStream("/db/migration/V7__unit_scope.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return migration.substring(migration.indexOf("insert into complaint_scope"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(List<Complaint> complaints) {
        return complaints.stream().map(c -> c.id().toString()).toList();
    }
}
