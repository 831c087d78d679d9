package org.complaintdesk.domain.complaint;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.domain.organisation.Role;

/**
 * Who may see the complainant's personal data: name, phone number, account number and address
 * (002 5.2.5: the complainant's privacy is protected; PIPL Art. 51: access on a need-to-know basis).
 * The roles that contact, investigate for or answer the complainant see it in full; auditors, and
 * callers that do not say their role, see it masked, which is enough to tell complaints apart.
 */
public final class PersonalDataPolicy {
    /** How much of the complainant a caller is shown. */
    public enum Disclosure {
        FULL,
        MASKED
    }

    private static final Set<Role> NEED_TO_KNOW =
            EnumSet.of(Role.AGENT, Role.HANDLER, Role.SUPERVISOR, Role.DIRECTOR, Role.SYSTEM);

    private PersonalDataPolicy() {
    }

    public static Disclosure disclosureTo(Optional<Role> role) {
        return role.filter(NEED_TO_KNOW::contains).isPresent() ? Disclosure.FULL : Disclosure.MASKED;
    }
}
