package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_OUTBOX;
import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;
import static org.complaintdesk.adapters.postgres.jooq.Tables.REQUEST_LOG;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.request;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;
import static org.jooq.impl.DSL.field;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.ComplaintFixture;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.privacy.PersonalDataAccess;
import org.complaintdesk.application.request.DuplicateRequestException;
import org.complaintdesk.application.request.RecordedRequest;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintSnapshot;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PersonalField;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresComplaintStoreTest {
    private final DSLContext dsl = TestDatabase.dsl();
    private final PostgresComplaintStore store = new PostgresComplaintStore(dsl, TestDatabase.personalData());
    private final PostgresPersonalDataAccessLog log = new PostgresPersonalDataAccessLog(dsl);

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear();
    }

    @Test
    void a_stored_complaint_is_found_by_id_and_by_ticket_number_with_every_detail_intact() {
        Complaint complaint = registered(anIntake()
                .complainantName("欧阳娜娜")
                .phone("021-87654321-123")
                .accountNumber("SH-0099-7788")
                .address("上海市浦东新区世纪大道100号 3栋 1202室")
                .contactPreference(ContactPreference.WECHAT)
                .channel(Channel.CITY_HOTLINE_12345)
                .channelReference("12345-2026-11-000871")
                .receivedAt(Instant.parse("2026-11-22T23:59:58.123456Z"))
                .kind(ComplaintKind.CONSULTATION)
                .utilityDomain(UtilityDomain.GAS)
                .nature(Nature.SAFETY)
                .topic("楼道燃气味")
                .facts(new IntakeFacts(false, false, true))
                .severity(Severity.LEVEL_1, "住户报告燃气味浓，按紧急处理。")
                .priority(Priority.HIGH)
                .description("从昨晚开始楼道里有明显的燃气味。\n邻居也闻到了。")
                .demand("尽快派人检查管道😀")
                .location("3栋楼道 12层")
                .orgUnit("gasco/pudong/ops"));

        store.insert(complaint, aNewRequest());

        ComplaintSnapshot stored = complaint.snapshot();
        assertThat(store.findById(complaint.id())).map(Complaint::snapshot).contains(stored);
        assertThat(store.findByTicketNumber(complaint.ticketNumber())).map(Complaint::snapshot).contains(stored);
        assertThat(stored.triage().severity().overridden()).isTrue();
    }

    @Test
    void a_complaint_without_the_optional_details_comes_back_with_them_empty() {
        Complaint complaint = registered(anIntake().withoutAccountNumber());

        store.insert(complaint, aNewRequest());

        ComplaintSnapshot found = store.findById(complaint.id()).orElseThrow().snapshot();
        assertThat(found).isEqualTo(complaint.snapshot());
        assertThat(found.submission().complainant().accountNumber()).isEmpty();
        assertThat(found.submission().channelReference()).isEmpty();
        assertThat(found.submission().location()).isEmpty();
        assertThat(found.triage().severity().overrideReason()).isEmpty();
    }

    @Test
    void times_are_kept_to_the_microsecond() {
        Complaint complaint = registered(anIntake().receivedAt(Instant.parse("2026-11-23T01:00:00.123456789Z")));

        store.insert(complaint, aNewRequest());

        assertThat(store.findById(complaint.id()).orElseThrow().submission().receivedAt())
                .isEqualTo(Instant.parse("2026-11-23T01:00:00.123456Z"));
    }

    @Test
    void an_unknown_id_or_ticket_number_finds_nothing() {
        store.insert(registered(anIntake()), aNewRequest());

        assertThat(store.findById(new ComplaintId(UUID.randomUUID()))).isEmpty();
        assertThat(store.findByTicketNumber(new TicketNumber("TS20261123999999"))).isEmpty();
    }

    @Test
    void the_request_that_registered_a_complaint_is_remembered_with_what_it_asked() {
        Complaint complaint = registered(anIntake());

        store.insert(complaint, request("req-1"));

        assertThat(store.findRequest(new RequestId("req-1"))).contains(
                new RecordedRequest(new RequestId("req-1"), "CreateComplaint", "sha256:req-1", complaint.id()));
        assertThat(store.findRequest(new RequestId("req-2"))).isEmpty();
    }

    @Test
    void a_request_id_already_recorded_is_refused_and_nothing_of_the_second_complaint_is_written() {
        Complaint first = registered(anIntake());
        Complaint second = registered(anIntake().topic("另一件事"));
        store.insert(first, request("req-1"));

        assertThatThrownBy(() -> store.insert(second, request("req-1")))
                .isInstanceOf(DuplicateRequestException.class);

        assertThat(store.findById(second.id())).isEmpty();
        assertThat(dsl.fetchCount(COMPLAINT)).isEqualTo(1);
        assertThat(dsl.fetchCount(REQUEST_LOG)).isEqualTo(1);
        // The registration's rows go in one round trip: the failed last one takes the others with it.
        for (var table : List.of(COMPLAINT_EVENT, COMPLAINT_SCOPE, COMPLAINT_WATCH, EVENT_OUTBOX)) {
            assertThat(dsl.fetchCount(dsl.selectFrom(table).where(table.field("complaint_id", UUID.class)
                    .eq(second.id().value())))).as(table.getName()).isZero();
        }
        assertThat(store.findRequest(new RequestId("req-1"))).map(RecordedRequest::complaintId).contains(first.id());
    }

    @Test
    void the_answer_s_access_record_is_stored_in_the_registration_s_transaction_in_its_month_s_partition() {
        Complaint complaint = registered(anIntake());
        // A month no other test records in: the store creates its partition before the registration.
        var access = accessTo(complaint, Instant.parse("2032-08-09T10:11:12.345678Z"));

        store.insert(complaint, request("req-1"), Optional.empty(), List.of(access));

        assertThat(log.ofComplaint(complaint.id(), 10, Optional.empty())).containsExactly(access);
        assertThat(dsl.select(field("tableoid::regclass::text", String.class)).from(PERSONAL_DATA_ACCESS)
                .fetchSingle().value1()).isEqualTo("personal_data_access_y2032m08");
        // One transaction wrote both: their rows carry its id.
        assertThat(writtenBy(PERSONAL_DATA_ACCESS, complaint)).isEqualTo(writtenBy(COMPLAINT, complaint))
                .isEqualTo(writtenBy(REQUEST_LOG, complaint));
    }

    @Test
    void an_access_record_that_cannot_be_stored_takes_the_registration_with_it() {
        Complaint complaint = registered(anIntake());
        var access = accessTo(complaint, ComplaintFixture.REGISTERED_AT);
        // Stored already: the registration's last statement inserts it again, a primary key violation.
        log.record(List.of(access));

        assertThatThrownBy(() -> store.insert(complaint, request("req-1"), Optional.empty(), List.of(access)))
                .isInstanceOf(DataAccessException.class);

        assertThat(store.findById(complaint.id())).isEmpty();
        assertThat(store.findRequest(new RequestId("req-1"))).isEmpty();
        for (var table : List.of(COMPLAINT_EVENT, COMPLAINT_SCOPE, COMPLAINT_WATCH, EVENT_OUTBOX)) {
            assertThat(dsl.fetchCount(dsl.selectFrom(table).where(table.field("complaint_id", UUID.class)
                    .eq(complaint.id().value())))).as(table.getName()).isZero();
        }
        assertThat(log.ofComplaint(complaint.id(), 10, Optional.empty())).containsExactly(access);
    }

    @Test
    void a_registration_refused_stores_none_of_its_access_records() {
        Complaint first = registered(anIntake());
        Complaint second = registered(anIntake().topic("另一件事"));
        store.insert(first, request("req-1"));

        assertThatThrownBy(() -> store.insert(second, request("req-1"), Optional.empty(),
                List.of(accessTo(second, ComplaintFixture.REGISTERED_AT))))
                .isInstanceOf(DuplicateRequestException.class);

        assertThat(dsl.fetchCount(PERSONAL_DATA_ACCESS)).isZero();
    }

    @Test
    void two_complaints_cannot_share_a_ticket_number() {
        Complaint first = registered(anIntake());
        Complaint sameNumber = registered(anIntake(), first.ticketNumber());
        store.insert(first, aNewRequest());

        assertThatThrownBy(() -> store.insert(sameNumber, aNewRequest()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(first.ticketNumber().value());

        assertThat(store.findById(sameNumber.id())).isEmpty();
        assertThat(dsl.fetchCount(REQUEST_LOG)).isEqualTo(1);
    }

    @Test
    void the_list_port_refuses_a_limit_below_one() {
        assertThatThrownBy(() -> store.list(ComplaintFilter.ALL, 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PersonalDataAccess accessTo(Complaint complaint, Instant at) {
        return new PersonalDataAccess(UUID.randomUUID(), at, complaint.id(), complaint.registration().orgUnit().top(),
                ComplaintFixture.AGENT.userId(), ComplaintFixture.AGENT.role(), complaint.registration().intakeUnit(),
                "CreateComplaint", Set.of(PersonalField.COMPLAINANT_NAME, PersonalField.FREE_TEXT));
    }

    /** The id of the transaction that wrote the complaint's row of the table. */
    private String writtenBy(Table<?> table, Complaint complaint) {
        String column = table == COMPLAINT ? "id" : "complaint_id";
        return dsl.select(field("xmin::text", String.class)).from(table)
                .where(table.field(column, UUID.class).eq(complaint.id().value()))
                .fetchSingle().value1();
    }
}
