package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;
import static org.jooq.impl.DSL.field;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.PersonalField;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access log stores every access whole, and lists a complaint's or a user's accesses newest first in pages. */
class PostgresPersonalDataAccessLogTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final UserId AUDITED = new UserId("supervisor-1");
    private static final UserId OTHER = new UserId("supervisor-2");
    /** Newest first: by time, then by id as PostgreSQL orders uuids (byte by byte, as their text sorts). */
    private static final Comparator<PersonalDataAccess> NEWEST_FIRST = Comparator
            .comparing(PersonalDataAccess::accessedAt)
            .thenComparing(access -> access.id().toString())
            .reversed();

    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresPersonalDataAccessLog log = new PostgresPersonalDataAccessLog(dsl);

    private Complaint east;
    private Complaint eastBilling;
    private Complaint west;
    private Complaint water;

    @BeforeEach
    void aRegisterOfTwoTrees() {
        TestDatabase.clear();
        east = store(owned("gridco/east", 1));
        eastBilling = store(owned("gridco/east/billing", 2));
        west = store(owned("gridco/west", 3));
        water = store(owned("waterco", 4));
    }

    @Test
    void an_access_reads_back_with_every_part_it_was_recorded_with() {
        var recorded = new PersonalDataAccess(UUID.randomUUID(), Instant.parse("2026-11-21T08:30:15.123456Z"),
                eastBilling.id(), new OrgUnitId("gridco"), AUDITED, Role.AUDITOR, new OrgUnitId("gridco/audit"),
                "complaintdesk.v1.ComplaintService/GetComplaint",
                EnumSet.of(PersonalField.COMPLAINANT_PHONE_NUMBER, PersonalField.FREE_TEXT, PersonalField.COMPLAINANT_NAME));

        log.record(List.of(recorded));

        assertThat(log.ofComplaint(eastBilling.id(), 10, Optional.empty())).containsExactly(recorded);
    }

    @Test
    void a_complaint_s_accesses_list_newest_first_in_pages_without_gaps_or_repeats() {
        Instant tie = T0.plus(Duration.ofHours(30));
        List<PersonalDataAccess> accesses = new ArrayList<>();
        for (Instant at : List.of(T0.plus(Duration.ofHours(10)), tie, tie, tie, T0.plus(Duration.ofHours(40)),
                T0.plus(Duration.ofHours(50)), T0.plus(Duration.ofHours(20)))) {
            accesses.add(access(east, AUDITED, at));
        }
        log.record(accesses);
        log.record(List.of(access(west, AUDITED, tie)));

        // Pages of two: the second and third pages split the three accesses at the same instant.
        List<List<PersonalDataAccess>> pages = pages(cursor -> log.ofComplaint(east.id(), 2, cursor));

        assertThat(pages).hasSize(4);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(accesses.stream().sorted(NEWEST_FIRST).toList());
    }

    @Test
    void a_user_s_accesses_list_only_the_complaints_the_unit_reaches_and_only_the_user_s() {
        var ofEast = access(east, AUDITED, T0.plus(Duration.ofHours(10)));
        var ofEastBilling = access(eastBilling, AUDITED, T0.plus(Duration.ofHours(11)));
        var ofWest = access(west, AUDITED, T0.plus(Duration.ofHours(12)));
        var ofWater = access(water, AUDITED, T0.plus(Duration.ofHours(13)));
        var byOther = access(east, OTHER, T0.plus(Duration.ofHours(14)));
        log.record(List.of(ofEast, ofEastBilling, ofWest, ofWater, byOther));

        assertThat(log.ofUser(AUDITED, new OrgUnitId("gridco/east"), 10, Optional.empty()))
                .containsExactly(ofEastBilling, ofEast);
        assertThat(log.ofUser(AUDITED, new OrgUnitId("gridco"), 10, Optional.empty()))
                .containsExactly(ofWest, ofEastBilling, ofEast);
        assertThat(log.ofUser(AUDITED, new OrgUnitId("gridco/east/billing"), 10, Optional.empty()))
                .containsExactly(ofEastBilling);
        assertThat(log.ofUser(AUDITED, new OrgUnitId("gridco/east/cs"), 10, Optional.empty())).isEmpty();
    }

    @Test
    void a_user_s_accesses_within_reach_list_newest_first_in_pages_without_gaps_or_repeats() {
        Instant tie = T0.plus(Duration.ofHours(30));
        List<PersonalDataAccess> reached = new ArrayList<>();
        List<PersonalDataAccess> all = new ArrayList<>();
        for (int hour = 0; hour < 4; hour++) {
            Instant at = hour == 2 ? tie : T0.plus(Duration.ofHours(10 + hour));
            var inReach = List.of(access(east, AUDITED, at), access(eastBilling, AUDITED, at));
            reached.addAll(inReach);
            all.addAll(inReach);
            all.add(access(west, AUDITED, at));
            all.add(access(east, OTHER, at));
        }
        log.record(all);

        List<List<PersonalDataAccess>> pages = pages(cursor -> log.ofUser(AUDITED, new OrgUnitId("gridco/east"), 3, cursor));

        assertThat(pages).hasSize(3);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(reached.stream().sorted(NEWEST_FIRST).toList());
    }

    @Test
    void recording_no_access_stores_nothing() {
        log.record(List.of());

        assertThat(dsl.fetchCount(PERSONAL_DATA_ACCESS)).isZero();
    }

    @Test
    void a_batch_with_a_bad_row_stores_none_of_its_rows() {
        var stored = access(east, AUDITED, T0.plus(Duration.ofHours(10)));
        log.record(List.of(stored));
        // Two good rows in months of their own, then the stored access again: a primary key violation.
        var batch = List.of(access(east, AUDITED, Instant.parse("2026-01-15T00:00:00Z")),
                access(east, AUDITED, Instant.parse("2027-06-15T00:00:00Z")), stored);

        assertThatThrownBy(() -> log.record(batch)).isInstanceOf(DataAccessException.class);

        assertThat(log.ofComplaint(east.id(), 10, Optional.empty())).containsExactly(stored);
    }

    @Test
    void accesses_months_apart_are_kept_in_their_own_month_s_partition_and_list_together() {
        var january = access(east, AUDITED, Instant.parse("2026-01-15T09:00:00Z"));
        var lastOfJune = access(east, AUDITED, Instant.parse("2027-06-30T23:59:59.999999Z"));
        var firstOfJuly = access(east, AUDITED, Instant.parse("2027-07-01T00:00:00Z"));

        log.record(List.of(january, lastOfJune, firstOfJuly));

        assertThat(log.ofComplaint(east.id(), 10, Optional.empty())).containsExactly(firstOfJuly, lastOfJune, january);
        // Months are cut in UTC, the partition's bound exclusive at the next month's first instant.
        assertThat(partitionsHolding()).isEqualTo(Map.of(
                january.id(), "personal_data_access_y2026m01",
                lastOfJune.id(), "personal_data_access_y2027m06",
                firstOfJuly.id(), "personal_data_access_y2027m07"));
    }

    @Test
    void a_month_whose_rows_already_wait_in_the_default_partition_still_takes_new_ones() {
        // A row written past the service, for a month that has no partition yet: the default takes it,
        // and PostgreSQL will not create that month's partition while it is there.
        var earlier = access(east, AUDITED, Instant.parse("2031-03-02T00:00:00Z"));
        dsl.insertInto(PERSONAL_DATA_ACCESS)
                .set(PERSONAL_DATA_ACCESS.TENANT, earlier.tenant().value())
                .set(PERSONAL_DATA_ACCESS.ACCESSED_AT, earlier.accessedAt())
                .set(PERSONAL_DATA_ACCESS.ID, earlier.id())
                .set(PERSONAL_DATA_ACCESS.COMPLAINT_ID, earlier.complaintId().value())
                .set(PERSONAL_DATA_ACCESS.USER_ID, earlier.user().value())
                .set(PERSONAL_DATA_ACCESS.ROLE, earlier.role().name())
                .set(PERSONAL_DATA_ACCESS.ORG_UNIT, earlier.orgUnit().value())
                .set(PERSONAL_DATA_ACCESS.METHOD, earlier.method())
                .set(PERSONAL_DATA_ACCESS.FIELDS, new String[] {"COMPLAINANT_NAME"})
                .execute();
        var later = access(east, AUDITED, Instant.parse("2031-03-20T00:00:00Z"));

        log.record(List.of(later));

        assertThat(log.ofComplaint(east.id(), 10, Optional.empty())).containsExactly(later, earlier);
        assertThat(partitionsHolding()).containsEntry(later.id(), "personal_data_access_default");
    }

    @Test
    void instances_creating_the_same_months_at_once_all_store_their_accesses() throws Exception {
        int instances = 6;
        // Each instance its own adapter, so none knows what another has created.
        List<Callable<PersonalDataAccess>> writers = IntStream.range(0, instances)
                .mapToObj(i -> (Callable<PersonalDataAccess>) () -> {
                    var access = access(east, AUDITED, Instant.parse("2029-04-10T00:00:00Z").plusSeconds(i));
                    new PostgresPersonalDataAccessLog(dsl).record(List.of(access));
                    return access;
                })
                .toList();
        List<PersonalDataAccess> stored = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(instances)) {
            for (Future<PersonalDataAccess> written : pool.invokeAll(writers)) {
                stored.add(written.get());
            }
        }

        assertThat(log.ofComplaint(east.id(), 10, Optional.empty()))
                .containsExactlyElementsOf(stored.stream().sorted(NEWEST_FIRST).toList());
        assertThat(Set.copyOf(partitionsHolding().values())).containsExactly("personal_data_access_y2029m04");
    }

    private static List<List<PersonalDataAccess>> pages(
            Function<Optional<PersonalDataAccess.Cursor>, List<PersonalDataAccess>> page) {
        List<List<PersonalDataAccess>> pages = new ArrayList<>();
        Optional<PersonalDataAccess.Cursor> cursor = Optional.empty();
        while (true) {
            List<PersonalDataAccess> next = page.apply(cursor);
            if (next.isEmpty()) {
                return pages;
            }
            pages.add(next);
            cursor = Optional.of(new PersonalDataAccess.Cursor(next.getLast().accessedAt(), next.getLast().id()));
        }
    }

    /** Which partition holds each stored access, by the access's id. */
    private Map<UUID, String> partitionsHolding() {
        return dsl.select(PERSONAL_DATA_ACCESS.ID, field("tableoid::regclass::text", String.class))
                .from(PERSONAL_DATA_ACCESS)
                .fetch()
                .stream()
                .collect(Collectors.toMap(row -> row.value1(), row -> row.value2()));
    }

    private static PersonalDataAccess access(Complaint complaint, UserId user, Instant at) {
        return new PersonalDataAccess(UUID.randomUUID(), at, complaint.id(), complaint.registration().orgUnit().top(),
                user, Role.SUPERVISOR, new OrgUnitId("gridco/east/office"),
                "complaintdesk.v1.ComplaintService/GetComplaint", Set.of(PersonalField.COMPLAINANT_NAME));
    }

    private Complaint owned(String unit, int hours) {
        return registered(anIntake().orgUnit(unit).receivedAt(T0.plus(Duration.ofHours(hours))));
    }

    private Complaint store(Complaint complaint) {
        store.insert(complaint, aNewRequest());
        return complaint;
    }
}
