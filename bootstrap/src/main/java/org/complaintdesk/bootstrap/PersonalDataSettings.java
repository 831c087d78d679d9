package org.complaintdesk.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;

/**
 * Where the keys of the complainant's data at rest come from: two Tink keyset files the operator
 * names, or, for the embedded database only, development keysets generated into the data
 * directory on the first start and read again on every later one.
 */
public record PersonalDataSettings(Optional<Path> sealingKeysFile, Optional<Path> indexKeysFile) {
    static final String SEALING_KEYS = "COMPLAINTS_DATA_KEYS_FILE";
    static final String INDEX_KEYS = "COMPLAINTS_DATA_INDEX_KEYS_FILE";
    /** Under the data directory: where the embedded mode keeps its development keysets. */
    static final String DEVELOPMENT_KEYS_DIRECTORY = "keys";

    public PersonalDataSettings {
        Objects.requireNonNull(sealingKeysFile, "sealingKeysFile");
        Objects.requireNonNull(indexKeysFile, "indexKeysFile");
    }

    /** The settings of the environment; every problem is added to {@code problems}. */
    static PersonalDataSettings read(Map<String, String> env, boolean externalDatabase, List<String> problems) {
        Optional<Path> sealing = file(env, SEALING_KEYS, problems);
        Optional<Path> index = file(env, INDEX_KEYS, problems);
        if (sealing.isPresent() != index.isPresent()) {
            problems.add(SEALING_KEYS + " and " + INDEX_KEYS + " must be set together");
        } else if (sealing.isEmpty() && externalDatabase) {
            // Keys generated beside the service would be lost with its machine, and the data with them.
            problems.add(SEALING_KEYS + " and " + INDEX_KEYS + " must name the keyset files that protect the"
                    + " complainant's data when COMPLAINTS_DB_URL names an external database; development keys"
                    + " are generated only for the embedded one (see README, \"Personal data at rest\")");
        }
        return new PersonalDataSettings(sealing, index);
    }

    /** The configured keys, or the development keys kept in {@code dataDirectory}. */
    PersonalDataKeys keys(Path dataDirectory) {
        if (sealingKeysFile.isPresent() && indexKeysFile.isPresent()) {
            return PersonalDataKeys.fromFiles(sealingKeysFile.get(), indexKeysFile.get());
        }
        return PersonalDataKeys.inDirectory(dataDirectory.resolve(DEVELOPMENT_KEYS_DIRECTORY));
    }

    private static Optional<Path> file(Map<String, String> env, String name, List<String> problems) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value.strip()).toAbsolutePath();
        if (!Files.isReadable(path)) {
            problems.add(name + " names a file that does not exist or cannot be read: " + path);
        }
        return Optional.of(path);
    }
}
