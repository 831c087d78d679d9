package org.complaintdesk.adapters.postgres.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.notice.VerificationCode;
import org.junit.jupiter.api.Test;

/** Codes derived from the complaint under the index keyset, without a database. */
class KeyedVerificationCodesTest {
    private static final ComplaintId COMPLAINT = new ComplaintId(UUID.fromString("019aa0f0-0000-7000-8000-000000000001"));
    private static final ComplaintId OTHER = new ComplaintId(UUID.fromString("019aa0f0-0000-7000-8000-000000000002"));

    private final PersonalDataKeys keys = PersonalDataKeys.generate();
    private final KeyedVerificationCodes codes = new KeyedVerificationCodes(keys);

    @Test
    void a_complaint_has_the_same_six_digit_code_each_time_and_it_matches() {
        VerificationCode code = codes.codeFor(COMPLAINT);

        assertThat(code.digits()).hasSize(6).containsOnlyDigits();
        assertThat(new KeyedVerificationCodes(keys).codeFor(COMPLAINT)).isEqualTo(code);
        assertThat(codes.matches(COMPLAINT, code)).isTrue();
    }

    @Test
    void a_code_matches_only_its_own_complaint() {
        VerificationCode code = codes.codeFor(COMPLAINT);
        VerificationCode wrong = new VerificationCode(String.format("%06d", (Integer.parseInt(code.digits()) + 1) % 1_000_000));

        assertThat(codes.matches(COMPLAINT, wrong)).isFalse();
        assertThat(codes.matches(OTHER, code)).isEqualTo(codes.codeFor(OTHER).equals(code));
    }

    @Test
    void other_keys_give_other_codes() {
        var elsewhere = new KeyedVerificationCodes(PersonalDataKeys.generate());
        int same = 0;
        for (int i = 0; i < 50; i++) {
            var id = new ComplaintId(UUID.randomUUID());
            same += elsewhere.codeFor(id).equals(codes.codeFor(id)) ? 1 : 0;
        }

        assertThat(same).as("codes under an unrelated key agree only by chance (one in a million)").isLessThanOrEqualTo(1);
    }

    @Test
    void codes_spread_over_the_six_digits() {
        Set<String> seen = new HashSet<>();
        Set<Character> leadingDigits = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String digits = codes.codeFor(new ComplaintId(UUID.randomUUID())).digits();
            seen.add(digits);
            leadingDigits.add(digits.charAt(0));
        }

        assertThat(seen).as("2000 codes out of a million collide a few times at most").hasSizeGreaterThan(1_980);
        assertThat(leadingDigits).as("leading zeros are kept").hasSize(10);
    }

    @Test
    void after_a_new_index_primary_the_old_code_still_matches_and_new_codes_use_the_new_key() {
        VerificationCode before = codes.codeFor(COMPLAINT);
        var rotated = new KeyedVerificationCodes(keys.withNewIndexPrimary());

        assertThat(rotated.matches(COMPLAINT, before)).as("a notice sent before the rotation").isTrue();
        VerificationCode after = rotated.codeFor(COMPLAINT);
        assertThat(rotated.matches(COMPLAINT, after)).isTrue();
        assertThat(codes.matches(COMPLAINT, after)).as("the old keyset alone does not know the new key")
                .isEqualTo(after.equals(before));
    }
}
