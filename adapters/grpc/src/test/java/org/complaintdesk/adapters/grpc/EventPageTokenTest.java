package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.complaintdesk.application.complaint.ComplaintFilter;
import org.complaintdesk.application.complaint.PageCursor;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class EventPageTokenTest {
    private static final ComplaintId OTHER = new ComplaintId(UUID.fromString("0f2b8c1e-6a4d-4f0e-9c7b-2d5e8a1f4b60"));

    @Test
    void a_token_leads_back_to_where_the_next_page_starts_in_its_complaint() {
        String token = EventPageToken.issue(Complaints.ID, 100);

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(EventPageToken.read(token).afterSequenceIn(Complaints.ID)).isEqualTo(100);
    }

    @Test
    void a_token_is_refused_for_another_complaint() {
        EventPageToken.Position position = EventPageToken.read(EventPageToken.issue(Complaints.ID, 3));

        assertRefused(() -> position.afterSequenceIn(OTHER), "PAGE_TOKEN_PARENT_MISMATCH");
    }

    @Test
    void a_token_with_any_byte_changed_is_refused() {
        byte[] original = Base64.getUrlDecoder().decode(EventPageToken.issue(Complaints.ID, 3));
        for (int i = 0; i < original.length; i++) {
            byte[] tampered = original.clone();
            tampered[i] ^= 0x01;
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);

            assertRefused(() -> EventPageToken.read(token), "FORMAT");
        }
    }

    @Test
    void the_tokens_of_the_two_lists_are_not_interchangeable() {
        String complaintsToken = PageToken.issue(new PageCursor(Instant.parse("2026-11-23T01:00:00Z"), Complaints.ID),
                ComplaintFilter.ALL);
        String eventsToken = EventPageToken.issue(Complaints.ID, 3);

        assertRefused(() -> EventPageToken.read(complaintsToken), "FORMAT");
        assertRefused(() -> PageToken.read(eventsToken, ComplaintFilter.ALL), "FORMAT");
    }

    private static void assertRefused(Runnable read, String rule) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidValueException.class, refused ->
                assertThat(refused.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("page_token");
                    assertThat(v.rule()).isEqualTo(rule);
                }));
    }
}
