package org.complaintdesk.application.event;

import java.util.Objects;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.DomainException;

/** A caller asked for the events of a unit that is neither its own nor below it. */
public final class UnitOutOfReachException extends DomainException {
    public static final String RULE = "UNIT_OUT_OF_REACH";
    private final OrgUnitId asked;
    private final OrgUnitId own;

    public UnitOutOfReachException(OrgUnitId asked, OrgUnitId own) {
        super(RULE, "the unit " + asked + " is not " + own + " or a unit below it");
        this.asked = Objects.requireNonNull(asked, "asked");
        this.own = Objects.requireNonNull(own, "own");
    }

    public OrgUnitId asked() {
        return asked;
    }

    public OrgUnitId own() {
        return own;
    }
}
