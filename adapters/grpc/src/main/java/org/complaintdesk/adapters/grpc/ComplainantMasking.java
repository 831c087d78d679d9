package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;

/**
 * The complainant as the contract shows them, in full or masked as {@link Disclosure} says: the
 * masked forms keep the last digits of a phone or account number and the family name's first
 * character, and hide the address.
 */
final class ComplainantMasking {

    private ComplainantMasking() {
    }

    static Complainant toMessage(org.complaintdesk.domain.complaint.Complainant complainant, Disclosure disclosure) {
        Complainant.Builder message = Complainant.newBuilder()
                .setContactPreference(ProtoEnums.CONTACT_PREFERENCE.toProto(complainant.contactPreference()));
        return switch (disclosure) {
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
