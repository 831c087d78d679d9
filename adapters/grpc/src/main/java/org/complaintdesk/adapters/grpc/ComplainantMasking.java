package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;

/**
 * The complainant as the contract shows them, in full or masked as {@link Disclosure} says. The
 * masks keep what tells complainants apart on a work list and no more: the name's first and last
 * character (王*明; a two-character name only the first, 王*), a phone number's first three and last
 * four digits (138****8000), an account number's last four characters (***7456), the address up to
 * its district (its first six characters: 北京市朝阳区***).
 */
final class ComplainantMasking {
    static final String WITHHELD = "***";
    private static final int ADDRESS_KEPT = 6;

    private ComplainantMasking() {
    }

    static Complainant toMessage(org.complaintdesk.domain.complaint.Complainant complainant, Disclosure disclosure) {
        Complainant.Builder message = Complainant.newBuilder()
                .setContactPreference(ProtoEnums.CONTACT_PREFERENCE.toProto(complainant.contactPreference()));
        String account = complainant.accountNumber().map(a -> a.value()).orElse("");
        return switch (disclosure) {
            case FULL -> message
                    .setDisplayName(complainant.name().value())
                    .setPhoneNumber(complainant.phone().value())
                    .setAccountNumber(account)
                    .setAddress(complainant.address().value())
                    .build();
            case MASKED -> message
                    .setDisplayName(name(complainant.name().value()))
                    .setPhoneNumber(keep(complainant.phone().value(), 3, "****", 4))
                    .setAccountNumber(account.isEmpty() ? "" : keep(account, 0, WITHHELD, 4))
                    .setAddress(keep(complainant.address().value(), ADDRESS_KEPT, WITHHELD, 0))
                    .build();
        };
    }

    private static String name(String name) {
        int[] points = name.codePoints().toArray();
        if (points.length <= 2) {
            // A two-character name keeps only its family name: its last character is half of it.
            return new String(points, 0, 1) + "*";
        }
        return new String(points, 0, 1) + "*".repeat(points.length - 2) + new String(points, points.length - 1, 1);
    }

    /**
     * The first {@code head} and last {@code tail} characters around a fixed {@code mask}, which
     * says nothing of the length hidden; a value too short to hide three characters is withheld
     * whole.
     */
    static String keep(String value, int head, String mask, int tail) {
        int[] points = value.codePoints().toArray();
        if (points.length - head - tail < 3) {
            return WITHHELD;
        }
        return new String(points, 0, head) + mask + new String(points, points.length - tail, tail);
    }
}
