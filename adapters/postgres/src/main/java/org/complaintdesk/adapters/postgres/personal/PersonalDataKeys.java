package org.complaintdesk.adapters.postgres.personal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * The two Tink keysets that protect the complainant's data at rest: the sealing keyset (AEAD,
 * AES-256-GCM by default) that encrypts the values, and the index keyset (PRF, HMAC-SHA256 by
 * default) whose keyed hashes let a phone or account number be looked up without being stored.
 * Each is a keyset in Tink's JSON format, as {@code tinkey} writes it; a keyset may hold several
 * keys, of which the primary seals (or indexes) new values and every other still opens old ones.
 */
public final class PersonalDataKeys {
    /** The development keysets' file names in a data directory. */
    public static final String SEALING_FILE = "personal-data-sealing-keys.json";
    public static final String INDEX_FILE = "personal-data-index-keys.json";

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle sealing;
    private final KeysetHandle index;

    private PersonalDataKeys(KeysetHandle sealing, KeysetHandle index) {
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.index = Objects.requireNonNull(index, "index");
    }

    public static PersonalDataKeys of(KeysetHandle sealing, KeysetHandle index) {
        return new PersonalDataKeys(sealing, index);
    }

    /** Fresh keys with one key each, kept in memory only: whatever they seal is lost with them. */
    public static PersonalDataKeys generate() {
        try {
            return new PersonalDataKeys(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not generate keys", e);
        }
    }

    /**
     * Keys of this JVM, generated on first use and never written anywhere: for a database that
     * lives no longer than the JVM (tests, benchmarks). Rows they seal are unreadable afterwards.
     */
    public static PersonalDataKeys ephemeral() {
        return Ephemeral.KEYS;
    }

    private static final class Ephemeral {
        static final PersonalDataKeys KEYS = generate();
    }

    /**
     * The keysets in two files of Tink's JSON keyset format (unencrypted: protect the files).
     *
     * @throws IllegalArgumentException naming the file that is missing, unreadable or not a keyset
     */
    public static PersonalDataKeys fromFiles(Path sealingFile, Path indexFile) {
        return new PersonalDataKeys(read(sealingFile), read(indexFile));
    }

    /**
     * The development keys of an embedded database: read from {@code directory} if they are there,
     * else generated and written there (readable by the owner only) for the next start.
     */
    public static PersonalDataKeys inDirectory(Path directory) {
        Path sealingFile = directory.resolve(SEALING_FILE);
        Path indexFile = directory.resolve(INDEX_FILE);
        if (!Files.exists(sealingFile) && !Files.exists(indexFile)) {
            PersonalDataKeys keys = generate();
            try {
                Files.createDirectories(directory);
                keys.writeTo(sealingFile, indexFile);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write development keysets to " + directory, e);
            }
            return keys;
        }
        return fromFiles(sealingFile, indexFile);
    }

    /**
     * These keys with a new AES-256-GCM key made the sealing primary: values sealed from now on use
     * it, values sealed before still open with the old keys. What an operator does with
     * {@code tinkey add-key} and {@code tinkey promote-key}.
     */
    public PersonalDataKeys withNewSealingPrimary() {
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(sealing)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            return new PersonalDataKeys(rotated, index);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not add a key", e);
        }
    }

    /**
     * These keys with a new HMAC-SHA256 key made the index primary: blind-index entries and
     * verification codes are computed with it from now on, and the old keys still find (and match)
     * what was computed before.
     */
    public PersonalDataKeys withNewIndexPrimary() {
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(index)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedPrfParameters.HMAC_SHA256_PRF)
                            .withRandomId().makePrimary())
                    .build();
            return new PersonalDataKeys(sealing, rotated);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not add a key", e);
        }
    }

    /** Writes both keysets as new files readable by their owner only; refuses to overwrite either. */
    public void writeTo(Path sealingFile, Path indexFile) throws IOException {
        write(sealing, sealingFile);
        write(index, indexFile);
    }

    KeysetHandle sealing() {
        return sealing;
    }

    KeysetHandle index() {
        return index;
    }

    private static KeysetHandle read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the keyset file " + file + ": " + e, e);
        }
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // The parser's message may quote the file; the file holds secrets.
            throw new IllegalArgumentException("the file " + file + " is not a Tink keyset in JSON format");
        }
    }

    private static void write(KeysetHandle keyset, Path file) throws IOException {
        String json;
        try {
            json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not serialise a keyset", e);
        }
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
