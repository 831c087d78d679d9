package org.complaintdesk.adapters.postgres.personal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.PhoneNumber;

/**
 * Seals the complainant's data for a row and opens it again, and computes the blind index that
 * finds a phone or account number without storing it. The cryptography is Tink's: AEAD whose
 * ciphertexts name the key that sealed them (so keys rotate), and keyed PRFs.
 *
 * <p>Each value is bound to its place by associated data, the complaint id and the column: a
 * value copied to another row or column does not open there.
 */
public final class PersonalDataCipher {
    /** Bytes of a blind-index entry: 128 bits of HMAC-SHA256 leave no collision in any register. */
    static final int INDEX_LENGTH = 16;

    private final Aead aead;
    private final long sealingKeyId;
    private final PrfSet prfs;

    public PersonalDataCipher(PersonalDataKeys keys) {
        try {
            this.aead = keys.sealing().getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.prfs = keys.index().getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sealing keyset must hold AEAD keys (e.g. AES256_GCM) and the index"
                    + " keyset PRF keys (e.g. HMAC_SHA256_PRF): " + e.getMessage(), e);
        }
        this.sealingKeyId = Integer.toUnsignedLong(keys.sealing().getPrimary().getId());
    }

    /** The id of the key that seals new values, as stored beside them. */
    public long sealingKeyId() {
        return sealingKeyId;
    }

    /** The value sealed for this column of this complaint's row. */
    public byte[] seal(UUID complaintId, String column, String value) {
        try {
            return aead.encrypt(value.getBytes(StandardCharsets.UTF_8), associatedData(complaintId, column));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not seal " + column + " of complaint " + complaintId, e);
        }
    }

    /**
     * The value sealed for this column of this complaint's row.
     *
     * @throws UnreadablePersonalDataException if no key of the keyset opens it, or it was sealed
     *         for another row or column
     */
    public String open(UUID complaintId, String column, byte[] sealed) {
        try {
            return new String(aead.decrypt(sealed, associatedData(complaintId, column)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new UnreadablePersonalDataException(complaintId, column, e);
        }
    }

    /** The blind-index entry of a phone number, under the primary index key. */
    public byte[] index(PhoneNumber phone) {
        return compute(prfs::computePrimary, phoneInput(phone));
    }

    /** The blind-index entry of an account number, under the primary index key. */
    public byte[] index(AccountNumber account) {
        return compute(prfs::computePrimary, accountInput(account));
    }

    /**
     * The entries a phone number may be indexed under: one per key of the index keyset, so that
     * rows indexed before a new primary index key was added are still found.
     */
    public List<byte[]> indexCandidates(PhoneNumber phone) {
        return candidates(phoneInput(phone));
    }

    /** Like {@link #indexCandidates(PhoneNumber)}, for an account number. */
    public List<byte[]> indexCandidates(AccountNumber account) {
        return candidates(accountInput(account));
    }

    /**
     * What the index hashes for a phone number: its normal form ({@link PhoneNumber} already strips
     * +86 and spaces), tagged so that a phone and an account number never share an entry.
     */
    static byte[] phoneInput(PhoneNumber phone) {
        return ("phone:" + phone.value()).getBytes(StandardCharsets.UTF_8);
    }

    /** An account number without its hyphens, in capitals: 3200-1234 and 32001234 are one account. */
    static byte[] accountInput(AccountNumber account) {
        return ("account:" + account.value().replace("-", "").toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
    }

    private List<byte[]> candidates(byte[] input) {
        try {
            List<byte[]> entries = new ArrayList<>();
            for (Prf prf : prfs.getPrfs().values()) {
                entries.add(prf.compute(input, INDEX_LENGTH));
            }
            return entries;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not compute the blind index", e);
        }
    }

    private interface Computation {
        byte[] compute(byte[] input, int length) throws GeneralSecurityException;
    }

    private static byte[] compute(Computation prf, byte[] input) {
        try {
            return prf.compute(input, INDEX_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not compute the blind index", e);
        }
    }

    private static byte[] associatedData(UUID complaintId, String column) {
        return ("complaint/" + complaintId + "/" + column).getBytes(StandardCharsets.UTF_8);
    }
}
