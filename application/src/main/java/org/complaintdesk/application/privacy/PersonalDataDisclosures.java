package org.complaintdesk.application.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.complaintdesk.application.port.out.PersonalDataAccessLog;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.PersonalDataPolicy;
import org.complaintdesk.domain.complaint.PersonalField;
import org.complaintdesk.domain.organisation.Actor;

/**
 * Decides how much of each complaint an answer shows ({@link PersonalDataPolicy}) and records
 * every full disclosure before the answer leaves: an answer whose record could not be stored is
 * not given.
 */
public final class PersonalDataDisclosures {
    private final PersonalDataAccessLog log;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /**
     * How a viewer is to be shown complaints, in order, and the records of the full disclosures
     * among them, not stored yet.
     */
    public record Plan(List<Disclosure> disclosures, List<PersonalDataAccess> accesses) {
        public Plan {
            disclosures = List.copyOf(disclosures);
            accesses = List.copyOf(accesses);
        }
    }

    public PersonalDataDisclosures(PersonalDataAccessLog log, Clock clock, Supplier<UUID> ids) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** How {@code viewer} is shown {@code complaint} in the answer to {@code method}, recorded if in full. */
    public Disclosure disclose(Actor viewer, Complaint complaint, String method) {
        return discloseEach(viewer, List.of(complaint), method).getFirst();
    }

    /**
     * {@link #disclose} without recording: the disclosure and the record it needs, for a caller that
     * stores the record with a write of its own, and answers only once that write is stored.
     */
    public Plan plan(Actor viewer, Complaint complaint, String method) {
        return plan(viewer, List.of(complaint), method, PersonalDataPolicy::fieldsOf);
    }

    /** How {@code viewer} is shown each complaint, in order; the full disclosures are recorded at once. */
    public List<Disclosure> discloseEach(Actor viewer, List<Complaint> complaints, String method) {
        return discloseEach(viewer, complaints, method, PersonalDataPolicy::fieldsOf);
    }

    /**
     * How {@code viewer} is shown a complaint's timeline: only its free text is personal there (the
     * notes of the steps), so only that is recorded.
     */
    public Disclosure discloseTimeline(Actor viewer, Complaint complaint, String method) {
        return discloseEach(viewer, List.of(complaint), method, c -> Set.of(PersonalField.FREE_TEXT)).getFirst();
    }

    private List<Disclosure> discloseEach(Actor viewer, List<Complaint> complaints, String method,
                                          Function<Complaint, Set<PersonalField>> fields) {
        Plan plan = plan(viewer, complaints, method, fields);
        log.record(plan.accesses());
        return plan.disclosures();
    }

    private Plan plan(Actor viewer, List<Complaint> complaints, String method,
                      Function<Complaint, Set<PersonalField>> fields) {
        List<Disclosure> disclosures = new ArrayList<>(complaints.size());
        List<PersonalDataAccess> accesses = new ArrayList<>();
        var at = clock.instant();
        for (Complaint complaint : complaints) {
            Disclosure disclosure = PersonalDataPolicy.disclosureTo(viewer, complaint);
            disclosures.add(disclosure);
            if (disclosure == Disclosure.FULL) {
                accesses.add(new PersonalDataAccess(ids.get(), at, complaint.id(),
                        complaint.registration().orgUnit().top(), viewer.userId(), viewer.role(), viewer.orgUnit(),
                        method, fields.apply(complaint)));
            }
        }
        return new Plan(disclosures, accesses);
    }
}
