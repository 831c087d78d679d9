package org.complaintdesk.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectTest {

    @ParameterizedTest
    @CsvSource({
            "13800138000, 13800138000",
            "+86 138 0013 8000, 13800138000",
            "008613800138000, 13800138000",
            "010-12345678, 010-12345678",
            "075512345678, 0755-12345678",
            "0755-1234567-808, 0755-1234567-808"})
    void phone_numbers_are_normalised(String raw, String normalised) {
        assertThat(PhoneNumber.of(raw).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1380013800", "23800138000", "phone", "010-1234", "138001380001"})
    void malformed_phone_numbers_are_refused_naming_field_and_rule(String raw) {
        assertThatThrownBy(() -> PhoneNumber.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations().getFirst().field()).isEqualTo("phone_number");
                    assertThat(e.violations().getFirst().rule()).isEqualTo("FORMAT");
                });
    }

    @Test
    void a_blank_phone_number_is_refused_as_required() {
        assertThatThrownBy(() -> PhoneNumber.of("  "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("REQUIRED"));
    }

    @Test
    void a_phone_number_prints_masked() {
        assertThat(PhoneNumber.of("13800138000")).hasToString("***8000");
    }

    @Test
    void account_numbers_are_upper_cased_and_checked() {
        assertThat(new AccountNumber("ab-12345").value()).isEqualTo("AB-12345");
        assertThatThrownBy(() -> new AccountNumber("12 34")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AccountNumber("1234")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AccountNumber("-12345")).isInstanceOf(InvalidValueException.class);
        assertThat(new AccountNumber("3200123456")).hasToString("***456");
    }

    @Test
    void a_ticket_number_carries_the_date_and_a_six_digit_sequence() {
        TicketNumber t = TicketNumber.of(LocalDate.of(2026, 11, 23), 123);
        assertThat(t.value()).isEqualTo("TS20261123000123");
        assertThat(t.day()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(t.sequence()).isEqualTo(123);
    }

    @Test
    void a_ticket_number_widens_past_a_million_a_day() {
        assertThat(TicketNumber.of(LocalDate.of(2026, 1, 2), 1_234_567).value()).isEqualTo("TS202601021234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TS2026112300012", "XX20261123000123", "TS20261323000123", "TS20261123000000", "TS20260230000001"})
    void malformed_ticket_numbers_are_refused(String raw) {
        assertThatThrownBy(() -> new TicketNumber(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("ticket_number"));
        assertThat(TicketNumber.looksLikeOne("TS20261123000123")).isTrue();
    }

    @Test
    void required_text_is_trimmed_and_bounded_by_characters_not_bytes() {
        assertThat(new Topic("  停电  ").value()).isEqualTo("停电");
        assertThat(new Topic("电".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new Topic("电".repeat(101)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.rule()).isEqualTo("TOO_LONG");
                    assertThat(e.violations().getFirst().field()).isEqualTo("topic");
                });
        assertThatThrownBy(() -> new Demand(null)).hasMessageContaining("demand: must not be blank (REQUIRED)");
        assertThatThrownBy(() -> new Description("a\u0000b")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void free_text_that_may_hold_personal_data_prints_only_its_length() {
        assertThat(new Description("张三 at 中山路1号").toString()).isEqualTo("Description[11 chars]");
    }

    @Test
    void org_unit_codes_are_paths_of_simple_names() {
        assertThat(new OrgUnitId("gridco/east").value()).isEqualTo("gridco/east");
        assertThatThrownBy(() -> new OrgUnitId("/root")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OrgUnitId("a b")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void complaint_ids_are_uuids() {
        UUID id = UUID.randomUUID();
        assertThat(ComplaintId.parse("name", id.toString()).value()).isEqualTo(id);
        assertThatThrownBy(() -> ComplaintId.parse("name", "nope"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("name"));
    }

    // ---------------------------------------------------------------- every broken rule at once

    /** Each violation of a refusal as "field RULE", in order. */
    static List<String> brokenRules(ThrowingCallable build) {
        Throwable thrown = catchThrowable(build);
        assertThat(thrown).isInstanceOf(InvalidValueException.class);
        return ((InvalidValueException) thrown).violations().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void a_text_too_long_and_holding_a_control_character_reports_both_rules() {
        assertThat(brokenRules(() -> new Topic("电".repeat(100) + "\u0007")))
                .containsExactly("topic TOO_LONG", "topic FORMAT");
    }

    @Test
    void a_phone_number_too_long_to_be_one_reports_its_length_and_its_form() {
        assertThat(brokenRules(() -> PhoneNumber.of("1".repeat(40))))
                .containsExactly("phone_number TOO_LONG", "phone_number FORMAT");
    }

    @Test
    void a_phone_number_with_a_control_character_reports_its_form_once() {
        assertThat(brokenRules(() -> PhoneNumber.of("138\u00000138000")))
                .containsExactly("phone_number FORMAT");
    }

    @Test
    void an_account_number_too_long_and_with_a_space_reports_both_rules() {
        assertThat(brokenRules(() -> new AccountNumber("12 34".repeat(8))))
                .containsExactly("account_number TOO_LONG", "account_number FORMAT");
    }

    @Test
    void a_ticket_number_with_no_such_date_and_sequence_zero_reports_both() {
        assertThatThrownBy(() -> new TicketNumber("TS20261323000000"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::message)
                        .containsExactly(
                                tuple("ticket_number", "FORMAT", "must carry a valid calendar date"),
                                tuple("ticket_number", "FORMAT", "sequence starts at 1")));
    }

    @Test
    void a_ticket_number_too_long_reports_its_length_and_its_form() {
        assertThat(brokenRules(() -> new TicketNumber("TS20261123" + "1".repeat(30))))
                .containsExactly("ticket_number TOO_LONG", "ticket_number FORMAT");
    }

    @Test
    void a_complaint_id_too_long_to_be_a_uuid_reports_both_rules() {
        assertThat(brokenRules(() -> ComplaintId.parse("name", UUID.randomUUID() + "-0000")))
                .containsExactly("name TOO_LONG", "name FORMAT");
    }

    @Test
    void a_message_never_repeats_the_rejected_value() {
        String secret = "13912345678".repeat(4);

        assertThatThrownBy(() -> PhoneNumber.of(secret)).satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    }
}
