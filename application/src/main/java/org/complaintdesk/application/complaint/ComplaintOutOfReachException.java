package org.complaintdesk.application.complaint;

import java.util.Objects;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.DomainException;

/**
 * The caller's unit does not reach the complaint asked for ({@code UnitScope}), or no complaint has
 * the id or ticket number. The two are one answer (AIP-211): whoever may not see a complaint must
 * not learn whether it exists either.
 */
public final class ComplaintOutOfReachException extends DomainException {
    public static final String RULE = "COMPLAINT_OUT_OF_REACH";
    private final String lookupKey;
    private final OrgUnitId unit;

    public ComplaintOutOfReachException(String lookupKey, OrgUnitId unit) {
        super(RULE, "the complaint " + lookupKey + " does not exist or is not within the reach of " + unit
                + " (the units it is owned by, was taken in by or is dispatched to, and the units above them)");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** The id or ticket number that was looked up. */
    public String lookupKey() {
        return lookupKey;
    }

    /** The unit the caller acted for. */
    public OrgUnitId unit() {
        return unit;
    }
}
