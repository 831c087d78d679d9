package org.complaintdesk.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "2007", "202F", "3000", "200B", "FEFF", "2060"})
    void a_required_text_made_only_of_invisible_spaces_is_refused_as_blank(String codePoint) {
        String invisible = Character.toString(Integer.parseInt(codePoint, 16)).repeat(3);

        assertThatThrownBy(() -> Text.required("topic", invisible, 100))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo(Text.REQUIRED));
    }

    @Test
    void no_break_spaces_around_a_text_are_trimmed_like_other_spaces() {
        assertThat(Text.required("topic", "\u00A0\u3000 meter reading\u202F\u200B", 100)).isEqualTo("meter reading");
    }

    @Test
    void spaces_inside_a_text_stay() {
        assertThat(Text.required("topic", "王\u00A0小明", 100)).isEqualTo("王\u00A0小明");
    }
}
