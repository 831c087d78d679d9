package org.complaintdesk.adapters.postgres.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing, opening and the blind index, without a database. */
class PersonalDataCipherTest {
    private static final UUID ROW = UUID.fromString("019aa0f0-0000-7000-8000-000000000001");
    private static final UUID OTHER_ROW = UUID.fromString("019aa0f0-0000-7000-8000-000000000002");

    private final PersonalDataKeys keys = PersonalDataKeys.generate();
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys);

    @Test
    void a_sealed_value_opens_in_its_own_row_and_column() {
        byte[] sealed = cipher.seal(ROW, "complainant_name", "欧阳娜娜");

        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("欧阳娜娜");
        assertThat(cipher.open(ROW, "complainant_name", sealed)).isEqualTo("欧阳娜娜");
    }

    @Test
    void the_same_value_seals_differently_each_time() {
        assertThat(cipher.seal(ROW, "complainant_name", "欧阳娜娜")).isNotEqualTo(cipher.seal(ROW, "complainant_name", "欧阳娜娜"));
    }

    @Test
    void a_value_moved_to_another_row_or_column_does_not_open() {
        byte[] sealed = cipher.seal(ROW, "complainant_phone", "13712345679");

        assertThatThrownBy(() -> cipher.open(OTHER_ROW, "complainant_phone", sealed))
                .isInstanceOf(UnreadablePersonalDataException.class)
                .hasMessageContaining(OTHER_ROW.toString())
                .hasMessageNotContaining("13712345679");
        assertThatThrownBy(() -> cipher.open(ROW, "complainant_address", sealed))
                .isInstanceOf(UnreadablePersonalDataException.class);
    }

    @Test
    void after_a_new_primary_key_old_values_still_open_and_new_ones_use_the_new_key() {
        byte[] before = cipher.seal(ROW, "complainant_name", "欧阳娜娜");
        var rotated = new PersonalDataCipher(keys.withNewSealingPrimary());

        assertThat(rotated.open(ROW, "complainant_name", before)).isEqualTo("欧阳娜娜");
        assertThat(rotated.sealingKeyId()).isNotEqualTo(cipher.sealingKeyId());
        byte[] after = rotated.seal(ROW, "complainant_name", "欧阳娜娜");
        assertThatThrownBy(() -> cipher.open(ROW, "complainant_name", after))
                .as("the old keyset alone does not know the new key")
                .isInstanceOf(UnreadablePersonalDataException.class);
    }

    @Test
    void keys_of_another_keyset_open_nothing() {
        byte[] sealed = cipher.seal(ROW, "complainant_name", "欧阳娜娜");

        assertThatThrownBy(() -> new PersonalDataCipher(PersonalDataKeys.generate()).open(ROW, "complainant_name", sealed))
                .isInstanceOf(UnreadablePersonalDataException.class);
    }

    @Test
    void a_phone_number_is_indexed_by_its_normal_form() {
        assertThat(cipher.index(new PhoneNumber("+86 137 1234 5679"))).isEqualTo(cipher.index(new PhoneNumber("13712345679")))
                .hasSize(PersonalDataCipher.INDEX_LENGTH);
        assertThat(cipher.index(new PhoneNumber("13712345679"))).isNotEqualTo(cipher.index(new PhoneNumber("13712345678")));
    }

    @Test
    void an_account_number_is_indexed_without_hyphens_or_case() {
        assertThat(cipher.index(new AccountNumber("gx-8842-7719"))).isEqualTo(cipher.index(new AccountNumber("GX88427719")));
    }

    @Test
    void a_phone_and_an_account_number_of_the_same_digits_have_different_entries() {
        assertThat(cipher.index(new PhoneNumber("13712345679"))).isNotEqualTo(cipher.index(new AccountNumber("13712345679")));
    }

    @Test
    void the_index_depends_on_the_key() {
        var other = new PersonalDataCipher(PersonalDataKeys.generate());

        assertThat(other.index(new PhoneNumber("13712345679"))).isNotEqualTo(cipher.index(new PhoneNumber("13712345679")));
        assertThat(cipher.indexCandidates(new PhoneNumber("13712345679")))
                .containsExactly(cipher.index(new PhoneNumber("13712345679")));
    }

    @Test
    void development_keys_are_generated_once_into_the_data_directory_and_reused(@TempDir Path directory) {
        var first = new PersonalDataCipher(PersonalDataKeys.inDirectory(directory.resolve("keys")));
        byte[] sealed = first.seal(ROW, "complainant_name", "欧阳娜娜");
        var second = new PersonalDataCipher(PersonalDataKeys.inDirectory(directory.resolve("keys")));

        assertThat(second.open(ROW, "complainant_name", sealed)).isEqualTo("欧阳娜娜");
        assertThat(second.sealingKeyId()).isEqualTo(first.sealingKeyId());
        assertThat(directory.resolve("keys").resolve(PersonalDataKeys.SEALING_FILE)).isRegularFile();
    }

    @Test
    void keyset_files_are_read_as_written(@TempDir Path directory) throws Exception {
        Path sealing = directory.resolve("sealing.json");
        Path index = directory.resolve("index.json");
        keys.writeTo(sealing, index);

        var read = new PersonalDataCipher(PersonalDataKeys.fromFiles(sealing, index));

        assertThat(read.open(ROW, "complainant_name", cipher.seal(ROW, "complainant_name", "欧阳娜娜"))).isEqualTo("欧阳娜娜");
        assertThat(read.index(new PhoneNumber("13712345679"))).isEqualTo(cipher.index(new PhoneNumber("13712345679")));
    }

    @Test
    void a_file_that_is_not_a_keyset_is_refused_without_quoting_it(@TempDir Path directory) throws Exception {
        Path notAKeyset = Files.writeString(directory.resolve("sealing.json"), "{\"secret\": \"hunter2\"}");

        assertThatThrownBy(() -> PersonalDataKeys.fromFiles(notAKeyset, notAKeyset))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notAKeyset.toString())
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void keysets_of_the_wrong_kind_are_refused(@TempDir Path directory) throws Exception {
        Path sealing = directory.resolve("sealing.json");
        Path index = directory.resolve("index.json");
        keys.writeTo(sealing, index);

        assertThatThrownBy(() -> new PersonalDataCipher(PersonalDataKeys.fromFiles(index, sealing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AEAD");
    }
}
