package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTokenTest {
    private static final PageCursor CURSOR = new PageCursor(Instant.parse("2026-11-23T01:15:30.123456789Z"),
            new ComplaintId(UUID.fromString("f3b2c8e1-6a4d-4f0e-9c7b-2d5e8a1f4b60")));
    private static final ComplaintFilter HEATING_NORTH = ComplaintFilter.ALL
            .withUtilityDomain(UtilityDomain.HEATING)
            .withOrgUnit(new OrgUnitId("HEAT-NORTH"))
            .withReceivedBetween(Optional.of(Instant.parse("2026-11-01T00:00:00Z")), Optional.empty());

    @Test
    void a_token_leads_back_to_the_cursor_it_was_issued_for() {
        String token = PageToken.issue(CURSOR, HEATING_NORTH);

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(PageToken.read(token, HEATING_NORTH)).isEqualTo(CURSOR);
    }

    @Test
    void a_token_is_refused_with_other_filters() {
        String token = PageToken.issue(CURSOR, HEATING_NORTH);
        ComplaintFilter otherUnit = HEATING_NORTH.withOrgUnit(new OrgUnitId("HEAT-SOUTH"));

        assertRefused(() -> PageToken.read(token, otherUnit), PageToken.OTHER_FILTERS);
        assertRefused(() -> PageToken.read(token, ComplaintFilter.ALL), PageToken.OTHER_FILTERS);
    }

    @Test
    void a_token_of_a_complainants_complaints_needs_the_complainant_filter_but_does_not_hash_the_number() {
        ComplaintFilter byPhone = HEATING_NORTH.withComplainantPhone(new PhoneNumber("13712345679"));
        String token = PageToken.issue(CURSOR, byPhone);

        assertRefused(() -> PageToken.read(token, HEATING_NORTH), PageToken.OTHER_FILTERS);
        assertRefused(() -> PageToken.read(token, HEATING_NORTH.withComplainantAccountNumber(new AccountNumber("GX88427719"))),
                PageToken.OTHER_FILTERS);
        // An unkeyed hash of the number could be reversed by trying every number: only its presence counts.
        assertThat(PageToken.issue(CURSOR, HEATING_NORTH.withComplainantPhone(new PhoneNumber("13712345678"))))
                .isEqualTo(token);
    }

    @Test
    void a_token_with_any_byte_changed_is_refused() {
        byte[] original = Base64.getUrlDecoder().decode(PageToken.issue(CURSOR, HEATING_NORTH));
        for (int i = 0; i < original.length; i++) {
            byte[] tampered = original.clone();
            tampered[i] ^= 0x01;
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);

            assertRefused(() -> PageToken.read(token, HEATING_NORTH), "FORMAT");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "not base64!", "AAAA", "eyJvZmZzZXQiOjUwfQ"})
    void a_token_this_server_did_not_issue_is_malformed(String token) {
        assertRefused(() -> PageToken.read(token, HEATING_NORTH), "FORMAT");
        assertRefused(() -> PageToken.checkIssued(token), "FORMAT");
    }

    @Test
    void a_cut_token_is_malformed() {
        String token = PageToken.issue(CURSOR, HEATING_NORTH);

        assertRefused(() -> PageToken.read(token.substring(0, token.length() - 4), HEATING_NORTH), "FORMAT");
    }

    private static void assertRefused(Runnable read, String rule) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidValueException.class, refused ->
                assertThat(refused.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("page_token");
                    assertThat(v.rule()).isEqualTo(rule);
                }));
    }
}
