package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EtagTest {

    @Test
    void an_etag_is_the_version_it_was_made_from() {
        assertThat(Etag.parse(Etag.of(42))).isEqualTo(42);
        assertThat(Etag.parse(Etag.of(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "01", "-1", "+1", "1.0", " 1", "W/\"1\"", "\"1\"", "9223372036854775808", "99999999999999999999"})
    void anything_else_is_not_an_etag_of_this_server(String etag) {
        assertRefused(etag, "FORMAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_missing_etag_is_required(String etag) {
        assertRefused(etag, "REQUIRED");
    }

    private static void assertRefused(String etag, String rule) {
        assertThatThrownBy(() -> Etag.parse(etag)).isInstanceOfSatisfying(InvalidValueException.class, refused ->
                assertThat(refused.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("etag");
                    assertThat(v.rule()).isEqualTo(rule);
                }));
    }
}
