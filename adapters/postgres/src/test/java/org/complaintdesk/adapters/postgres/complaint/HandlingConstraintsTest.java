package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.Complaint;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The database's last line of defence behind the aggregate: a hand-written UPDATE that would leave
 * a step half-recorded, or a state without the record of the step that leads into it, is refused.
 */
class HandlingConstraintsTest {
    private final DSLContext dsl = TestDatabase.dsl();
    private Complaint complaint;

    @BeforeEach
    void aRegisteredComplaint() {
        TestDatabase.clear();
        complaint = registered(anIntake());
        new PostgresComplaintStore(dsl, TestDatabase.personalData()).insert(complaint, aNewRequest());
    }

    @ParameterizedTest(name = "set {0}: refused by {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            state = 'ON_HOLD'                                                                | complaint_state_known
            accepted_by = 'agent-7'                                                          | complaint_acceptance_whole
            lead_department = 'gridco/east/metering', dispatch_handler = 'handler-31'        | complaint_dispatch_whole
            lead_department = 'a', co_handling_departments = '{a}', dispatch_handler = 'h', dispatched_by = 's', dispatched_at = now() | complaint_co_handling_departments_valid
            contact_promise = '明天回电'                                                      | complaint_contact_whole
            remedy_kind = 'COMPENSATION', remedy_amount_fen = 100                            | complaint_remedy_whole
            resolution_measures = '更正', resolution_proposed_by = 'h', resolution_proposed_at = now(), resolution_approval = 'PENDING', resolution_decided_by = 's', resolution_decided_at = now() | complaint_resolution_decision_whole
            resolution_measures = '更正', resolution_proposed_by = 'h', resolution_proposed_at = now(), resolution_approval = 'PENDING', remedy_kind = 'COMPENSATION', remedy_amount_fen = 0 | complaint_remedy_amount_fen_range
            callback_method = 'PHONE', callback_attempts = 1, callback_recorded_by = 'a', callback_recorded_at = now() | complaint_callback_whole
            decline_reason = 'NOT_IN_THE_MOOD', decline_guidance = '请联系', declined_by = 'a', declined_at = now() | complaint_decline_reason_known
            review_outcome = 'UPHELD', review_conclusion = '维持', review_concluded_by = 's', review_concluded_at = now() | complaint_review_whole
            investigation_records = -1                                                       | complaint_investigation_records_not_negative
            state = 'DECLINED'                                                               | complaint_declined_has_decline
            state = 'DISPATCHED'                                                             | complaint_dispatched_has_dispatch
            state = 'UNDER_REVIEW'                                                           | complaint_under_review_has_open_review
            state = 'CLOSED'                                                                 | complaint_closed_has_closed_at
            archived_at = now()                                                              | complaint_archived_after_closed
            waiting_reason = 'MATERIALS_REQUESTED'                                           | complaint_complainant_wait_whole
            waiting_reason = 'BORED', waiting_note = '等资料', waiting_recorded_by = 'h', waiting_since = now() | complaint_waiting_reason_known
            waiting_reason = 'MATERIALS_REQUESTED', waiting_note = '等资料', waiting_recorded_by = 'h', waiting_since = now() | complaint_waits_only_while_accepted_and_open
            urge_count = 1                                                                   | complaint_latest_urge_whole
            latest_urge_note = '请加快', latest_urged_by = 's', latest_urged_at = now()      | complaint_latest_urge_whole
            urge_count = -1, latest_urge_note = '请加快', latest_urged_by = 's', latest_urged_at = now() | complaint_urge_count_not_negative
            """)
    void a_half_recorded_step_is_refused(String assignments, String constraint) {
        assertThatThrownBy(() -> dsl.execute("update complaint set " + assignments + " where id = ?",
                complaint.id().value()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("violates check constraint \"" + constraint + "\"");
    }
}
