package org.complaintdesk.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The codes of units and users report every rule they break at once. */
class OrganisationValuesTest {

    private static List<String> brokenRules(ThrowingCallable build) {
        Throwable thrown = catchThrowable(build);
        assertThat(thrown).isInstanceOf(InvalidValueException.class);
        return ((InvalidValueException) thrown).violations().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void an_org_unit_code_too_long_and_with_a_space_reports_both_rules() {
        assertThat(brokenRules(() -> new OrgUnitId("gridco east/" + "x".repeat(64))))
                .containsExactly("org_unit TOO_LONG", "org_unit FORMAT");
    }

    @Test
    void an_org_unit_code_with_a_control_character_reports_its_form_once() {
        assertThat(brokenRules(() -> new OrgUnitId("gridco/\u0007east"))).containsExactly("org_unit FORMAT");
    }

    @Test
    void a_blank_org_unit_code_is_only_missing() {
        assertThat(brokenRules(() -> new OrgUnitId("  "))).containsExactly("org_unit REQUIRED");
    }

    @Test
    void a_user_id_too_long_and_with_a_space_reports_both_rules() {
        assertThat(brokenRules(() -> new UserId("handler " + "7".repeat(128))))
                .containsExactly("user_id TOO_LONG", "user_id FORMAT");
    }
}
