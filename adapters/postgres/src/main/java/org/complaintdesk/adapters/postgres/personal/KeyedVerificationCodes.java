package org.complaintdesk.adapters.postgres.personal;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import org.complaintdesk.application.port.out.VerificationCodes;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.notice.VerificationCode;

/**
 * Verification codes as a keyed PRF of the complaint id, under the index keyset of
 * {@link PersonalDataKeys}: nothing to store, and a code cannot be computed without the key. The
 * input is tagged, so a code never equals a blind-index entry's bytes. Rotating the index keyset
 * rotates the codes: a new primary gives new codes, and codes given out under the older keys still
 * match while those keys stay in the keyset.
 */
public final class KeyedVerificationCodes implements VerificationCodes {
    private static final String DOMAIN = "verification-code:";
    /** 64 bits of PRF output reduced to six digits: the bias of the reduction is below 10^-13. */
    private static final int OUTPUT_BYTES = 8;
    private static final long CODES = 1_000_000L;

    private final Prf primary;
    private final List<Prf> all;

    public KeyedVerificationCodes(PersonalDataKeys keys) {
        try {
            PrfSet prfs = keys.index().getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            this.primary = prfs.getPrfs().get(prfs.getPrimaryId());
            this.all = List.copyOf(prfs.getPrfs().values());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the index keyset must hold PRF keys (e.g. HMAC_SHA256_PRF): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public VerificationCode codeFor(ComplaintId complaint) {
        return new VerificationCode(digits(primary, complaint));
    }

    /** Compares with every key's code, in time independent of which (if any) matches. */
    @Override
    public boolean matches(ComplaintId complaint, VerificationCode code) {
        byte[] given = code.digits().getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (Prf prf : all) {
            matched |= MessageDigest.isEqual(digits(prf, complaint).getBytes(StandardCharsets.US_ASCII), given);
        }
        return matched;
    }

    private static String digits(Prf prf, ComplaintId complaint) {
        byte[] out;
        try {
            out = prf.compute((DOMAIN + complaint.value()).getBytes(StandardCharsets.US_ASCII), OUTPUT_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not compute a verification code", e);
        }
        long value = 0;
        for (byte b : out) {
            value = (value << 8) | (b & 0xFF);
        }
        return String.format("%0" + VerificationCode.LENGTH + "d", Long.remainderUnsigned(value, CODES));
    }
}
