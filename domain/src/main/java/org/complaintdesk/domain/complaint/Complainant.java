package org.complaintdesk.domain.complaint;

import java.util.Objects;
import java.util.Optional;

/** The person who complains. Every part is personal data; see 002 5.2.5 on privacy. */
public record Complainant(
        PersonName name,
        PhoneNumber phone,
        Optional<AccountNumber> accountNumber,
        Address address,
        ContactPreference contactPreference) {

    public Complainant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contactPreference, "contactPreference");
    }
}
