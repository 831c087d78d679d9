package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.ListComplaints;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Work lists: filters, receipt range, newest-first order and keyset paging. */
class ComplaintListTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    /** The list order: receipt time descending, then id descending as PostgreSQL orders uuids (by bytes). */
    private static final Comparator<Complaint> LIST_ORDER = Comparator.comparing((Complaint c) -> c.submission().receivedAt())
            .thenComparing(c -> c.id().value().toString())
            .reversed();

    private final PostgresComplaintStore store = new PostgresComplaintStore(TestDatabase.dsl(), TestDatabase.personalData());
    private final List<Complaint> stored = new ArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void the_newest_receipt_comes_first_and_equal_receipt_times_are_ordered_by_id_descending() {
        Instant sameTime = T0.plus(Duration.ofHours(5));
        // Random ids stored in random order: only an explicit tie-break can put them in id order.
        for (int i = 0; i < 6; i++) {
            store(registered(anIntake().receivedAt(sameTime).build(), new ComplaintId(UUID.randomUUID())));
        }
        store(registered(anIntake().receivedAt(sameTime.plusSeconds(1))));
        store(registered(anIntake().receivedAt(sameTime.minusSeconds(1))));

        List<Complaint> listed = store.list(ComplaintFilter.ALL, 100, Optional.empty());

        assertThat(ids(listed)).containsExactlyElementsOf(ids(expected(c -> true)));
        assertThat(listed.getFirst().submission().receivedAt()).isEqualTo(sameTime.plusSeconds(1));
        assertThat(listed.getLast().submission().receivedAt()).isEqualTo(sameTime.minusSeconds(1));
    }

    @ParameterizedTest(name = "filtering by {0} keeps exactly the matching complaints, newest first")
    @MethodSource("singleFilters")
    void a_single_filter_keeps_exactly_the_matching_complaints_newest_first(
            ComplaintFilter filter, Predicate<Complaint> matches) {
        storeAVariedRegister();

        List<Complaint> listed = store.list(filter, 100, Optional.empty());

        List<Complaint> expected = expected(matches);
        assertThat(expected).isNotEmpty();
        assertThat(ids(listed)).containsExactlyElementsOf(ids(expected));
    }

    static Stream<Arguments> singleFilters() {
        return Stream.of(
                arguments(named("state", ComplaintFilter.ALL.withState(ComplaintState.REGISTERED)),
                        matching(c -> c.state() == ComplaintState.REGISTERED)),
                arguments(named("utility domain", ComplaintFilter.ALL.withUtilityDomain(UtilityDomain.WATER)),
                        matching(c -> c.classification().utilityDomain() == UtilityDomain.WATER)),
                arguments(named("nature", ComplaintFilter.ALL.withNature(Nature.SAFETY)),
                        matching(c -> c.classification().nature() == Nature.SAFETY)),
                // The applied level, not the proposed one: one complaint was raised from 3 to 1 by the agent.
                arguments(named("severity", ComplaintFilter.ALL.withSeverity(Severity.LEVEL_1)),
                        matching(c -> c.triage().severity().applied() == Severity.LEVEL_1)),
                arguments(named("channel", ComplaintFilter.ALL.withChannel(Channel.CITY_HOTLINE_12345)),
                        matching(c -> c.submission().channel() == Channel.CITY_HOTLINE_12345)),
                arguments(named("organisation unit", ComplaintFilter.ALL.withOrgUnit(new OrgUnitId("gridco/north"))),
                        matching(c -> c.registration().orgUnit().value().equals("gridco/north"))));
    }

    @Test
    void the_receipt_range_includes_its_start_and_excludes_its_end() {
        for (int hour = 0; hour < 6; hour++) {
            store(registered(anIntake().receivedAt(T0.plus(Duration.ofHours(hour)))));
        }
        Instant from = T0.plus(Duration.ofHours(1));
        Instant before = T0.plus(Duration.ofHours(4));

        List<Complaint> listed = store.list(
                ComplaintFilter.ALL.withReceivedBetween(Optional.of(from), Optional.of(before)), 100, Optional.empty());

        assertThat(listed).extracting(c -> c.submission().receivedAt()).containsExactly(
                T0.plus(Duration.ofHours(3)), T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(1)));
        assertThat(store.list(ComplaintFilter.ALL.withReceivedBetween(Optional.of(from), Optional.empty()),
                100, Optional.empty())).hasSize(5);
        assertThat(store.list(ComplaintFilter.ALL.withReceivedBetween(Optional.empty(), Optional.of(before)),
                100, Optional.empty())).hasSize(4);
    }

    @Test
    void paging_through_a_receipt_range_returns_exactly_the_complaints_in_the_range() {
        for (int hour = 0; hour < 12; hour++) {
            store(registered(anIntake().receivedAt(T0.plus(Duration.ofHours(hour)))));
        }
        Instant from = T0.plus(Duration.ofHours(2));
        Instant before = T0.plus(Duration.ofHours(9));
        var range = ComplaintFilter.ALL.withReceivedBetween(Optional.of(from), Optional.of(before));

        List<Complaint> seen = allPages(range, 3);

        assertThat(ids(seen)).containsExactlyElementsOf(
                ids(expected(c -> !c.submission().receivedAt().isBefore(from) && c.submission().receivedAt().isBefore(before))));
    }

    @Test
    void a_cursor_later_than_the_receipt_range_still_lists_only_the_range() {
        for (int hour = 0; hour < 6; hour++) {
            store(registered(anIntake().receivedAt(T0.plus(Duration.ofHours(hour)))));
        }
        Complaint newest = expected(c -> true).getFirst();
        var range = ComplaintFilter.ALL.withReceivedBetween(Optional.empty(), Optional.of(T0.plus(Duration.ofHours(2))));

        List<Complaint> listed = store.list(range, 100, Optional.of(new PageCursor(newest.submission().receivedAt(), newest.id())));

        assertThat(listed).extracting(c -> c.submission().receivedAt()).containsExactly(T0.plus(Duration.ofHours(1)), T0);
    }

    @Test
    void paging_with_the_cursor_returns_every_complaint_exactly_once_in_list_order() {
        storeAVariedRegister();

        List<Complaint> seen = allPages(ComplaintFilter.ALL, 4);

        assertThat(ids(seen)).containsExactlyElementsOf(ids(expected(c -> true)));
    }

    @Test
    void paging_under_a_filter_stays_within_the_filter() {
        storeAVariedRegister();
        ComplaintFilter water = ComplaintFilter.ALL.withUtilityDomain(UtilityDomain.WATER);

        List<Complaint> first = store.list(water, 2, Optional.empty());
        Complaint last = first.getLast();
        List<Complaint> rest = store.list(water, 100, Optional.of(new PageCursor(last.submission().receivedAt(), last.id())));

        List<Complaint> all = new ArrayList<>(first);
        all.addAll(rest);
        assertThat(ids(all)).containsExactlyElementsOf(ids(expected(c -> c.classification().utilityDomain() == UtilityDomain.WATER)));
    }

    @Test
    void a_complaint_registered_while_paging_does_not_shift_the_later_pages() {
        storeAVariedRegister();
        List<Complaint> firstPage = store.list(ComplaintFilter.ALL, 5, Optional.empty());
        Complaint last = firstPage.getLast();
        List<Complaint> secondPageBefore = expected(c -> true).subList(5, 10);

        store(registered(anIntake().receivedAt(T0.plus(Duration.ofDays(30)))));
        List<Complaint> secondPage = store.list(ComplaintFilter.ALL, 5,
                Optional.of(new PageCursor(last.submission().receivedAt(), last.id())));

        assertThat(ids(secondPage)).containsExactlyElementsOf(ids(secondPageBefore));
    }

    /**
     * Thirteen complaints over several days that differ in every filtered attribute; two of them
     * share a receipt time.
     */
    private void storeAVariedRegister() {
        Instant t = T0;
        store(registered(anIntake().receivedAt(t)));
        store(registered(anIntake().receivedAt(t.plusSeconds(3600)).utilityDomain(UtilityDomain.WATER)
                .orgUnit("gridco/north")));
        store(registered(anIntake().receivedAt(t.plusSeconds(3600)).utilityDomain(UtilityDomain.WATER)
                .channel(Channel.CITY_HOTLINE_12345).channelReference("12345-0001")));
        store(registered(anIntake().receivedAt(t.plusSeconds(7200)).nature(Nature.SAFETY)
                .facts(new IntakeFacts(true, false, false))));
        store(registered(anIntake().receivedAt(t.plusSeconds(9000)).utilityDomain(UtilityDomain.GAS)
                .nature(Nature.SAFETY).facts(new IntakeFacts(true, false, false)).orgUnit("gridco/west")));
        store(registered(anIntake().receivedAt(t.plusSeconds(10_000)).severity(Severity.LEVEL_1, "媒体已关注")));
        store(registered(anIntake().receivedAt(t.plusSeconds(20_000)).facts(new IntakeFacts(false, false, true))));
        store(registered(anIntake().receivedAt(t.plusSeconds(30_000)).channel(Channel.WEB)));
        store(registered(anIntake().receivedAt(t.plusSeconds(40_000)).utilityDomain(UtilityDomain.WATER)
                .orgUnit("gridco/north").channel(Channel.CITY_HOTLINE_12345)));
        store(registered(anIntake().receivedAt(t.plusSeconds(50_000)).utilityDomain(UtilityDomain.HEATING)
                .nature(Nature.SERVICE_QUALITY)));
        store(registered(anIntake().receivedAt(t.plusSeconds(86_400)).utilityDomain(UtilityDomain.WATER)));
        store(registered(anIntake().receivedAt(t.plusSeconds(90_000)).orgUnit("gridco/north")));
        store(registered(anIntake().receivedAt(t.plusSeconds(100_000)).channel(Channel.APP)));
    }

    /**
     * Pages through the list with the real use case, as an auditor of the top unit that every
     * complaint here lies under, checking each page's size and cursor.
     */
    private List<Complaint> allPages(ComplaintFilter filter, int pageSize) {
        var listComplaints = new ListComplaints(store);
        var auditor = new Actor(new UserId("auditor-1"), Role.AUDITOR, new OrgUnitId("gridco"));
        List<Complaint> seen = new ArrayList<>();
        Optional<PageCursor> cursor = Optional.empty();
        do {
            ListComplaints.Page page = listComplaints.execute(auditor, new ListComplaints.Query(filter, pageSize, cursor));
            assertThat(page.complaints()).hasSizeBetween(1, pageSize);
            if (page.next().isPresent()) {
                assertThat(page.complaints()).hasSize(pageSize);
            }
            seen.addAll(page.complaints());
            cursor = page.next();
        } while (cursor.isPresent());
        return seen;
    }

    private void store(Complaint complaint) {
        store.insert(complaint, aNewRequest());
        stored.add(complaint);
    }

    private List<Complaint> expected(Predicate<Complaint> matches) {
        return stored.stream().filter(matches).sorted(LIST_ORDER).toList();
    }

    private static List<ComplaintId> ids(List<Complaint> complaints) {
        return complaints.stream().map(Complaint::id).toList();
    }

    private static Predicate<Complaint> matching(Predicate<Complaint> p) {
        return p;
    }
}
