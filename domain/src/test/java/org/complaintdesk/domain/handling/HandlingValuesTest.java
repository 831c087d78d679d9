package org.complaintdesk.domain.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The records of the handling steps check what they are given. */
class HandlingValuesTest {
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final UserId HANDLER = new UserId("handler-lead");
    private static final OrgUnitId LEAD = new OrgUnitId("gridco/east/metering");
    private static final OrgUnitId BILLING = new OrgUnitId("gridco/east/billing");

    private static void refused(String field, String rule, ThrowingCallable build) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.violations().getFirst().field()).isEqualTo(field);
        });
    }

    private static List<OrgUnitId> departments(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new OrgUnitId("gridco/dept-" + i)).toList();
    }

    // ---------------------------------------------------------------- Assignment

    @Test
    void an_assignment_names_a_lead_department_and_may_name_co_handling_ones() {
        var assignment = new Assignment(LEAD, List.of(BILLING), HANDLER);

        assertThat(assignment.involves(LEAD)).isTrue();
        assertThat(assignment.involves(BILLING)).isTrue();
        assertThat(assignment.involves(new OrgUnitId("gridco/west"))).isFalse();
    }

    @Test
    void the_lead_department_is_not_also_co_handling() {
        refused("co_handling_departments", Assignment.LEAD_IS_CO_HANDLING,
                () -> new Assignment(LEAD, List.of(BILLING, LEAD), HANDLER));
    }

    @Test
    void a_co_handling_department_is_named_once() {
        refused("co_handling_departments", Assignment.DUPLICATE_CO_HANDLING,
                () -> new Assignment(LEAD, List.of(BILLING, new OrgUnitId("gridco/east/billing")), HANDLER));
    }

    @Test
    void at_most_ten_co_handling_departments_are_named() {
        assertThat(new Assignment(LEAD, departments(Assignment.MAX_CO_HANDLING), HANDLER).coHandlingDepartments())
                .hasSize(10);
        refused("co_handling_departments", "TOO_MANY",
                () -> new Assignment(LEAD, departments(Assignment.MAX_CO_HANDLING + 1), HANDLER));
    }

    @Test
    void an_assignment_keeps_its_own_unmodifiable_copy_of_the_co_handling_departments() {
        List<OrgUnitId> given = new ArrayList<>(List.of(BILLING));
        var assignment = new Assignment(LEAD, given, HANDLER);

        given.add(new OrgUnitId("gridco/west"));

        assertThat(assignment.coHandlingDepartments()).containsExactly(BILLING);
        assertThatThrownBy(() -> assignment.coHandlingDepartments().add(LEAD))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- Remedy

    @ParameterizedTest
    @ValueSource(longs = {1, 5_000, Remedy.MAX_AMOUNT_FEN})
    void a_remedy_is_an_amount_in_fen_from_one_fen_to_ten_million_yuan(long amountFen) {
        assertThat(new Remedy(RemedyKind.COMPENSATION, amountFen).amountFen()).isEqualTo(amountFen);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void a_remedy_of_no_money_is_refused(long amountFen) {
        refused(Remedy.AMOUNT_FIELD, "NOT_POSITIVE", () -> new Remedy(RemedyKind.FEE_REDUCTION, amountFen));
    }

    @ParameterizedTest
    @ValueSource(longs = {Remedy.MAX_AMOUNT_FEN + 1, Long.MAX_VALUE})
    void a_remedy_above_ten_million_yuan_is_refused_as_a_likely_typo(long amountFen) {
        refused(Remedy.AMOUNT_FIELD, "TOO_LARGE", () -> new Remedy(RemedyKind.COMPENSATION, amountFen));
    }

    // ---------------------------------------------------------------- Callback

    private static Callback callback(Optional<Satisfaction> satisfaction, int attempts) {
        return new Callback(CallbackMethod.PHONE, satisfaction, attempts, Optional.empty(), HANDLER, AT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 99})
    void a_callback_takes_one_to_ninety_nine_attempts(int attempts) {
        assertThat(callback(Optional.empty(), attempts).attempts()).isEqualTo(attempts);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100})
    void a_callback_outside_one_to_ninety_nine_attempts_is_refused(int attempts) {
        refused(Callback.ATTEMPTS_FIELD, "OUT_OF_RANGE", () -> callback(Optional.empty(), attempts));
    }

    @Test
    void a_callback_without_satisfaction_did_not_reach_the_complainant() {
        Callback unreached = callback(Optional.empty(), 3);

        assertThat(unreached.reached()).isFalse();
        assertThat(unreached.unsatisfied()).isFalse();
    }

    @Test
    void only_an_unsatisfied_complainant_counts_as_unsatisfied() {
        assertThat(callback(Optional.of(Satisfaction.UNSATISFIED), 1).unsatisfied()).isTrue();
        assertThat(callback(Optional.of(Satisfaction.BASICALLY_SATISFIED), 1).unsatisfied()).isFalse();
        assertThat(callback(Optional.of(Satisfaction.SATISFIED), 1).reached()).isTrue();
    }

    // ---------------------------------------------------------------- InvestigationRecord

    private static InvestigationRecord record(Optional<String> place, List<String> participants, List<String> evidence) {
        return new InvestigationRecord(InvestigationMethod.TECHNICAL_TEST, AT, place, participants,
                new Statement("Voltage 198 V at the meter."), evidence);
    }

    @Test
    void an_investigation_record_takes_up_to_twenty_participants_and_evidence_items() {
        List<String> twenty = Collections.nCopies(InvestigationRecord.MAX_ITEMS, "x");

        InvestigationRecord r = record(Optional.empty(), twenty, twenty);

        assertThat(r.participants()).hasSize(20);
        assertThat(r.evidence()).hasSize(20);
    }

    @Test
    void more_than_twenty_participants_are_refused() {
        refused("participants", "TOO_MANY",
                () -> record(Optional.empty(), Collections.nCopies(InvestigationRecord.MAX_ITEMS + 1, "x"), List.of()));
    }

    @Test
    void more_than_twenty_evidence_items_are_refused() {
        refused("evidence", "TOO_MANY",
                () -> record(Optional.empty(), List.of(), Collections.nCopies(InvestigationRecord.MAX_ITEMS + 1, "x")));
    }

    @Test
    void an_item_is_trimmed_and_at_most_two_hundred_characters() {
        assertThat(record(Optional.of("  meter room "), List.of(" 张三 "), List.of("测".repeat(200))))
                .satisfies(r -> {
                    assertThat(r.place()).contains("meter room");
                    assertThat(r.participants()).containsExactly("张三");
                });
        refused("evidence", "TOO_LONG", () -> record(Optional.empty(), List.of(), List.of("测".repeat(201))));
        refused("place", "TOO_LONG", () -> record(Optional.of("p".repeat(201)), List.of(), List.of()));
    }

    @Test
    void a_blank_item_or_place_is_refused() {
        refused("participants", "REQUIRED", () -> record(Optional.empty(), List.of("a", " "), List.of()));
        refused("place", "REQUIRED", () -> record(Optional.of(""), List.of(), List.of()));
    }

    @Test
    void an_investigation_record_keeps_unmodifiable_lists() {
        List<String> given = new ArrayList<>(List.of("photo-1"));
        InvestigationRecord r = record(Optional.empty(), List.of(), given);

        given.add("photo-2");

        assertThat(r.evidence()).containsExactly("photo-1");
        assertThatThrownBy(() -> r.evidence().add("photo-3")).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- Statement

    @Test
    void a_statement_is_trimmed_and_up_to_four_thousand_characters() {
        assertThat(new Statement("  Dear Mr Wang  ").value()).isEqualTo("Dear Mr Wang");
        assertThat(new Statement("答".repeat(Statement.MAX_LENGTH)).value()).hasSize(4000);
        refused(Statement.FIELD, "TOO_LONG", () -> new Statement("答".repeat(Statement.MAX_LENGTH + 1)));
    }

    @Test
    void a_statement_counts_characters_outside_the_basic_plane_as_one() {
        String fourThousand = "𠀀".repeat(Statement.MAX_LENGTH);

        assertThat(new Statement(fourThousand).value().codePointCount(0, fourThousand.length())).isEqualTo(4000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void a_blank_statement_is_refused(String blank) {
        refused(Statement.FIELD, "REQUIRED", () -> new Statement(blank));
    }

    @Test
    void a_statement_may_span_lines_but_holds_no_other_control_characters() {
        assertThat(new Statement("line one\nline two").value()).contains("\n");
        refused(Statement.FIELD, "FORMAT", () -> new Statement("bell\u0007ring"));
    }

    // ---------------------------------------------------------------- decisions on resolutions and reviews

    @Test
    void a_resolution_awaits_approval_only_when_approval_is_needed() {
        Statement measures = new Statement("Correct the bill.");

        assertThat(Resolution.proposed(measures, Optional.empty(), HANDLER, AT, true).approval())
                .isEqualTo(ApprovalStatus.PENDING);
        assertThat(Resolution.proposed(measures, Optional.empty(), HANDLER, AT, false).approval())
                .isEqualTo(ApprovalStatus.NOT_REQUIRED);
    }

    @Test
    void a_decided_resolution_keeps_its_proposal() {
        Resolution proposed = Resolution.proposed(new Statement("Refund."),
                Optional.of(new Remedy(RemedyKind.COMPENSATION, 100)), HANDLER, AT, true);
        UserId director = new UserId("director-1");

        Resolution decided = proposed.decided(ApprovalStatus.APPROVED, director, AT.plusSeconds(60), Optional.empty());

        assertThat(decided).usingRecursiveComparison()
                .ignoringFields("approval", "decidedBy", "decidedAt").isEqualTo(proposed);
        assertThat(decided.decidedBy()).contains(director);
        assertThat(decided.decidedAt()).contains(AT.plusSeconds(60));
    }

    @Test
    void a_concluded_review_keeps_its_request() {
        Review requested = Review.requested(new Statement("New photos."), HANDLER, AT);
        UserId director = new UserId("director-1");

        Review concluded = requested.concluded(ReviewOutcome.CHANGED, new Statement("Refund."), director, AT.plusSeconds(60));

        assertThat(requested.outcome()).isEmpty();
        assertThat(concluded.grounds()).isEqualTo(requested.grounds());
        assertThat(concluded.requestedAt()).isEqualTo(AT);
        assertThat(concluded.outcome()).contains(ReviewOutcome.CHANGED);
        assertThat(concluded.concludedBy()).contains(director);
    }

    // ---------------------------------------------------------------- every broken rule at once

    /** Each violation of a refusal as "field RULE", in order. */
    private static List<String> brokenRules(ThrowingCallable build) {
        Throwable thrown = catchThrowable(build);
        assertThat(thrown).isInstanceOf(InvalidValueException.class);
        return ((InvalidValueException) thrown).violations().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void co_handling_departments_that_repeat_one_and_name_the_lead_report_both_rules() {
        assertThat(brokenRules(() -> new Assignment(LEAD, List.of(BILLING, BILLING, LEAD), HANDLER))).containsExactly(
                "co_handling_departments " + Assignment.LEAD_IS_CO_HANDLING,
                "co_handling_departments " + Assignment.DUPLICATE_CO_HANDLING);
    }

    @Test
    void too_many_co_handling_departments_that_repeat_one_and_name_the_lead_report_all_three_rules() {
        List<OrgUnitId> departments = new ArrayList<>(departments(Assignment.MAX_CO_HANDLING));
        departments.add(BILLING);
        departments.add(BILLING);
        departments.add(LEAD);

        assertThat(brokenRules(() -> new Assignment(LEAD, departments, HANDLER))).containsExactly(
                "co_handling_departments " + Assignment.LEAD_IS_CO_HANDLING,
                "co_handling_departments " + Assignment.DUPLICATE_CO_HANDLING,
                "co_handling_departments TOO_MANY");
    }

    @Test
    void the_department_rules_are_judged_on_the_departments_that_could_be_read() {
        assertThat(Assignment.departmentViolations(LEAD, Arrays.asList(null, BILLING, null, BILLING)))
                .extracting(FieldViolation::rule).containsExactly(Assignment.DUPLICATE_CO_HANDLING);
        assertThat(Assignment.departmentViolations(null, List.of(LEAD, LEAD)))
                .extracting(FieldViolation::rule).containsExactly(Assignment.DUPLICATE_CO_HANDLING);
    }

    @Test
    void a_remedy_above_the_maximum_and_not_in_whole_fen_reports_both_rules() {
        assertThat(brokenRules(() -> Remedy.ofYuan(RemedyKind.COMPENSATION, new BigDecimal("10000000.005"))))
                .containsExactly("amount TOO_LARGE", "amount WHOLE_FEN");
    }

    @Test
    void a_remedy_below_zero_and_not_in_whole_fen_reports_both_rules() {
        assertThat(brokenRules(() -> Remedy.ofYuan(RemedyKind.FEE_REDUCTION, new BigDecimal("-0.005"))))
                .containsExactly("amount NOT_POSITIVE", "amount WHOLE_FEN");
    }

    @Test
    void a_remedy_of_less_than_a_fen_is_more_than_zero_but_not_whole_fen() {
        assertThat(brokenRules(() -> Remedy.ofYuan(RemedyKind.COMPENSATION, new BigDecimal("0.001"))))
                .containsExactly("amount WHOLE_FEN");
    }

    @ParameterizedTest
    @CsvSource({"35.5, 3550", "0.01, 1", "10000000, 1000000000", "1.990000000, 199"})
    void a_remedy_in_yuan_is_kept_in_fen(String yuan, long fen) {
        assertThat(Remedy.ofYuan(RemedyKind.COMPENSATION, new BigDecimal(yuan)).amountFen()).isEqualTo(fen);
    }

    @Test
    void a_bad_place_and_bad_entries_in_both_lists_are_all_reported() {
        List<String> participants = new ArrayList<>(Collections.nCopies(InvestigationRecord.MAX_ITEMS, "x"));
        participants.add(" ");
        participants.add("");
        participants.add("张".repeat(InvestigationRecord.MAX_ITEM_LENGTH + 1));

        assertThat(brokenRules(() -> record(Optional.of(" "), participants, List.of("photo\u0007"))))
                .containsExactly("place REQUIRED", "participants TOO_MANY", "participants REQUIRED",
                        "participants TOO_LONG", "evidence FORMAT");
    }

    @Test
    void a_statement_too_long_and_holding_a_control_character_reports_both_rules() {
        assertThat(brokenRules(() -> new Statement("答".repeat(Statement.MAX_LENGTH) + "\u0000")))
                .containsExactly("text TOO_LONG", "text FORMAT");
    }
}
