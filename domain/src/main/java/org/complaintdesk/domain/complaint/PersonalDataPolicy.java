package org.complaintdesk.domain.complaint;

import java.util.EnumSet;
import java.util.Set;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;

/**
 * Who may see a complaint's personal data: the complainant's name, phone number, account number
 * and address, and the free text written about the case (002 5.2.5: the complainant's privacy is
 * protected; PIPL Art. 51: access on a need-to-know basis). Those who contact, investigate for or
 * answer the complainant see it in full:
 * <ul>
 *   <li>whoever registered it, and the agents of the unit that owns it or took it in (who reply
 *       and call back);</li>
 *   <li>the handlers of the departments that handle it (before a dispatch, of the owning unit);</li>
 *   <li>supervisors and directors of a unit that reaches it ({@link UnitScope}), who decide on it;</li>
 *   <li>SYSTEM accounts that reach it: the platforms that send the complainant messages.</li>
 * </ul>
 * Everyone else (auditors, administrators, and people who reach the complaint without working on
 * it) sees it masked, which is enough to tell complaints apart and to audit how they were handled.
 */
public final class PersonalDataPolicy {
    /** How much of a complaint's personal data a caller is shown. */
    public enum Disclosure {
        FULL,
        MASKED
    }

    // PIPL Art. 54: the handling of personal data is audited; the record of who saw it is theirs to read.
    private static final Set<Role> AUDITORS = EnumSet.of(Role.AUDITOR);

    private PersonalDataPolicy() {
    }

    /** The roles that read the record of who was shown personal data unmasked. */
    public static Set<Role> auditors() {
        return EnumSet.copyOf(AUDITORS);
    }

    public static Disclosure disclosureTo(Actor viewer, Complaint complaint) {
        // Whoever registered the complaint typed its data in: showing it back discloses nothing new.
        if (viewer.userId().equals(complaint.registration().registeredBy())) {
            return Disclosure.FULL;
        }
        boolean needsToKnow = switch (viewer.role()) {
            case AGENT -> viewer.orgUnit().contains(complaint.registration().orgUnit())
                    || viewer.orgUnit().contains(complaint.registration().intakeUnit());
            case HANDLER -> StepPolicy.handles(viewer.orgUnit(), complaint);
            case SUPERVISOR, DIRECTOR, SYSTEM -> UnitScope.reaches(viewer.orgUnit(), complaint);
            case AUDITOR, ADMINISTRATOR, PORTAL -> false;
        };
        return needsToKnow ? Disclosure.FULL : Disclosure.MASKED;
    }

    /** The personal fields a complaint holds, as a full disclosure shows them. */
    public static Set<PersonalField> fieldsOf(Complaint complaint) {
        Set<PersonalField> fields = EnumSet.of(PersonalField.COMPLAINANT_NAME, PersonalField.COMPLAINANT_PHONE_NUMBER,
                PersonalField.COMPLAINANT_ADDRESS, PersonalField.FREE_TEXT);
        if (complaint.submission().complainant().accountNumber().isPresent()) {
            fields.add(PersonalField.COMPLAINANT_ACCOUNT_NUMBER);
        }
        return fields;
    }
}
