package org.complaintdesk.adapters.postgres.complaint;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ChannelReference;
import org.complaintdesk.domain.complaint.Classification;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ComplaintSnapshot;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Demand;
import org.complaintdesk.domain.complaint.Description;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Location;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Registration;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.SeverityAssessment;
import org.complaintdesk.domain.complaint.Submission;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.complaint.Triage;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.UserId;
import org.jooq.Field;

/**
 * Maps a {@link ComplaintSnapshot} to a {@code complaint} row and back. Enumerations are stored by
 * their constant's name, severity by its level number, absent optionals as NULL; the handling's
 * columns are {@link HandlingRows}'s. The complainant's name, phone, account number and address
 * are sealed by the {@link PersonalDataCipher} (see V6__personal_data_at_rest.sql); their
 * plaintext columns are written NULL.
 */
final class ComplaintRows {
    static final String NAME = "complainant_name";
    static final String PHONE = "complainant_phone";
    static final String ACCOUNT_NUMBER = "complainant_account_number";
    static final String ADDRESS = "complainant_address";

    /** The columns {@link #seal} writes. */
    private static final List<Field<?>> SEALED = List.of(COMPLAINT.COMPLAINANT_NAME_SEALED,
            COMPLAINT.COMPLAINANT_PHONE_SEALED, COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER_SEALED,
            COMPLAINT.COMPLAINANT_ADDRESS_SEALED, COMPLAINT.PERSONAL_DATA_KEY_ID, COMPLAINT.COMPLAINANT_PHONE_INDEX,
            COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER_INDEX, COMPLAINT.COMPLAINANT_NAME, COMPLAINT.COMPLAINANT_PHONE,
            COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER, COMPLAINT.COMPLAINANT_ADDRESS);

    private final PersonalDataCipher cipher;

    ComplaintRows(PersonalDataCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    ComplaintRecord toRecord(ComplaintSnapshot c) {
        ComplaintRecord r = unsealed(c);
        seal(c.id().value(), c.submission().complainant(), r);
        return r;
    }

    /**
     * The row of a complaint read as {@code stored} (its complainant {@code before}) and changed
     * to {@code c}. The complainant's data keeps the seals stored when it is unchanged and was
     * sealed with the key that seals now: a fresh seal differs every time, so it would otherwise
     * count as a change to write. Anything else (a new complainant, plaintext from before V6, an
     * older key) is sealed anew.
     */
    ComplaintRecord toRecord(ComplaintSnapshot c, ComplaintRecord stored, Complainant before) {
        ComplaintRecord r = unsealed(c);
        boolean keep = stored.getComplainantName() == null && stored.getComplainantNameSealed() != null
                && Objects.equals(stored.getPersonalDataKeyId(), cipher.sealingKeyId())
                && before.equals(c.submission().complainant());
        if (!keep) {
            seal(c.id().value(), c.submission().complainant(), r);
            return r;
        }
        for (Field<?> column : SEALED) {
            copy(column, stored, r);
        }
        return r;
    }

    private static <T> void copy(Field<T> column, ComplaintRecord from, ComplaintRecord to) {
        to.set(column, from.get(column));
    }

    /** The columns but the key whose value in {@code written} differs from the one {@code stored}. */
    static List<Field<?>> changedColumns(ComplaintRecord stored, ComplaintRecord written) {
        List<Field<?>> changed = new ArrayList<>();
        for (Field<?> column : COMPLAINT.fields()) {
            if (!column.equals(COMPLAINT.ID) && !Objects.deepEquals(stored.get(column), written.get(column))) {
                changed.add(column);
            }
        }
        return changed;
    }

    /** Every column but the complainant's data. */
    private ComplaintRecord unsealed(ComplaintSnapshot c) {
        ComplaintRecord r = new ComplaintRecord();
        r.setId(c.id().value());
        r.setTicketNumber(c.ticketNumber().value());
        r.setState(c.state().name());
        r.setContactPreference(c.submission().complainant().contactPreference().name());
        r.setChannel(c.submission().channel().name());
        r.setChannelReference(c.submission().channelReference().map(ChannelReference::value).orElse(null));
        r.setReceivedAt(storable(c.submission().receivedAt()));
        r.setKind(c.classification().kind().name());
        r.setUtilityDomain(c.classification().utilityDomain().name());
        r.setNature(c.classification().nature().name());
        r.setTopic(c.classification().topic().value());
        r.setSafetyHazard(c.submission().facts().safetyHazard());
        r.setLargeAreaInterruption(c.submission().facts().largeAreaInterruption());
        r.setWideAreaQualityProblem(c.submission().facts().wideAreaQualityProblem());
        r.setProposedSeverity(level(c.triage().severity().proposed()));
        r.setSeverity(level(c.triage().severity().applied()));
        r.setSeverityOverrideReason(c.triage().severity().overrideReason().map(Reason::value).orElse(null));
        r.setPriority(c.triage().priority().name());
        r.setDescription(c.submission().description().value());
        r.setDemand(c.submission().demand().value());
        r.setLocation(c.submission().location().map(Location::value).orElse(null));
        r.setOrgUnit(c.registration().orgUnit().value());
        r.setRegisteredBy(c.registration().registeredBy().value());
        r.setIntakeUnit(c.registration().intakeUnit().value());
        r.setRegisteredAt(storable(c.registration().registeredAt()));
        r.setUpdatedAt(storable(c.updatedAt()));
        HandlingRows.write(c.handling(), r);
        r.setVersion(c.version());
        return r;
    }

    /** Seals the complainant's data into the row, with its blind index; the plaintext columns stay NULL. */
    void seal(UUID id, Complainant complainant, ComplaintRecord r) {
        r.setComplainantNameSealed(cipher.seal(id, NAME, complainant.name().value()));
        r.setComplainantPhoneSealed(cipher.seal(id, PHONE, complainant.phone().value()));
        r.setComplainantAccountNumberSealed(complainant.accountNumber()
                .map(a -> cipher.seal(id, ACCOUNT_NUMBER, a.value())).orElse(null));
        r.setComplainantAddressSealed(cipher.seal(id, ADDRESS, complainant.address().value()));
        r.setPersonalDataKeyId(cipher.sealingKeyId());
        r.setComplainantPhoneIndex(cipher.index(complainant.phone()));
        r.setComplainantAccountNumberIndex(complainant.accountNumber().map(cipher::index).orElse(null));
        r.setComplainantName(null);
        r.setComplainantPhone(null);
        r.setComplainantAccountNumber(null);
        r.setComplainantAddress(null);
    }

    Complaint toComplaint(ComplaintRecord r) {
        return Complaint.restore(toSnapshot(r));
    }

    ComplaintSnapshot toSnapshot(ComplaintRecord r) {
        return new ComplaintSnapshot(
                new ComplaintId(r.getId()),
                new TicketNumber(r.getTicketNumber()),
                ComplaintState.valueOf(r.getState()),
                new Submission(
                        complainant(r),
                        Channel.valueOf(r.getChannel()),
                        optional(r.getChannelReference(), ChannelReference::new),
                        r.getReceivedAt(),
                        new IntakeFacts(r.getSafetyHazard(), r.getLargeAreaInterruption(), r.getWideAreaQualityProblem()),
                        new Description(r.getDescription()),
                        new Demand(r.getDemand()),
                        optional(r.getLocation(), Location::new)),
                new Classification(
                        ComplaintKind.valueOf(r.getKind()),
                        UtilityDomain.valueOf(r.getUtilityDomain()),
                        Nature.valueOf(r.getNature()),
                        new Topic(r.getTopic())),
                new Triage(
                        new SeverityAssessment(
                                Severity.ofNumber(r.getProposedSeverity()),
                                Severity.ofNumber(r.getSeverity()),
                                optional(r.getSeverityOverrideReason(), Reason::new)),
                        Priority.valueOf(r.getPriority())),
                new Registration(new OrgUnitId(r.getOrgUnit()),
                        // Null before V9: taken in by the unit that owns it.
                        new OrgUnitId(r.getIntakeUnit() == null ? r.getOrgUnit() : r.getIntakeUnit()),
                        new UserId(r.getRegisteredBy()), r.getRegisteredAt()),
                HandlingRows.read(r),
                r.getUpdatedAt(),
                r.getVersion());
    }

    /**
     * The complainant of a row. A row written before V6 holds plaintext until the sealing at start
     * reaches it (another instance may be sealing it right now), and is read as it is.
     */
    Complainant complainant(ComplaintRecord r) {
        UUID id = r.getId();
        if (r.getComplainantNameSealed() == null) {
            return new Complainant(
                    new PersonName(r.getComplainantName()),
                    new PhoneNumber(r.getComplainantPhone()),
                    optional(r.getComplainantAccountNumber(), AccountNumber::new),
                    new Address(r.getComplainantAddress()),
                    ContactPreference.valueOf(r.getContactPreference()));
        }
        return new Complainant(
                new PersonName(cipher.open(id, NAME, r.getComplainantNameSealed())),
                new PhoneNumber(cipher.open(id, PHONE, r.getComplainantPhoneSealed())),
                Optional.ofNullable(r.getComplainantAccountNumberSealed())
                        .map(sealed -> new AccountNumber(cipher.open(id, ACCOUNT_NUMBER, sealed))),
                new Address(cipher.open(id, ADDRESS, r.getComplainantAddressSealed())),
                ContactPreference.valueOf(r.getContactPreference()));
    }

    static short level(Severity severity) {
        return (short) severity.number();
    }

    /**
     * PostgreSQL keeps microseconds. Cutting the rest off here (rather than letting the server
     * round) means a stored time is never later than the one given, and is the same every time.
     */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> Optional<T> optional(String column, Function<String, T> value) {
        return Optional.ofNullable(column).map(value);
    }
}
