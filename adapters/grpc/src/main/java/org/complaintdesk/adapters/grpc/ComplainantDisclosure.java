package org.complaintdesk.adapters.grpc;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.organisation.Role;

/**
 * How much of the complainant a caller sees (002 5.2.5: the complainant's data is kept private).
 * The roles that contact, investigate for or answer the complainant see everything; auditors and
 * callers that do not say their role see the masked forms, which are enough to tell complaints
 * apart (the last digits of a phone number, the family name's first character).
 */
enum ComplainantDisclosure {
    FULL,
    MASKED;

    private static final Set<Role> NEED_TO_KNOW =
            EnumSet.of(Role.AGENT, Role.HANDLER, Role.SUPERVISOR, Role.DIRECTOR, Role.SYSTEM);

    static ComplainantDisclosure forRole(Optional<Role> role) {
        return role.filter(NEED_TO_KNOW::contains).isPresent() ? FULL : MASKED;
    }

    Complainant toMessage(org.complaintdesk.domain.complaint.Complainant complainant) {
        Complainant.Builder message = Complainant.newBuilder()
                .setContactPreference(ProtoEnums.CONTACT_PREFERENCE.toProto(complainant.contactPreference()));
        return switch (this) {
            case FULL -> message
                    .setDisplayName(complainant.name().value())
                    .setPhoneNumber(complainant.phone().value())
                    .setAccountNumber(complainant.accountNumber().map(AccountNumber::value).orElse(""))
                    .setAddress(complainant.address().value())
                    .build();
            // The value objects' toString() is their masked form, the one logs would show.
            case MASKED -> message
                    .setDisplayName(complainant.name().toString())
                    .setPhoneNumber(complainant.phone().toString())
                    .setAccountNumber(complainant.accountNumber().map(AccountNumber::toString).orElse(""))
                    .setAddress("***")
                    .build();
        };
    }
}
