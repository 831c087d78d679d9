package org.complaintdesk.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * Code of an organisation unit (company, branch, department, office), e.g. {@code gridco/east/cs}.
 * Units form a tree by their codes: {@code gridco/east/cs} lies under {@code gridco/east}, which
 * lies under {@code gridco}, the top of its tree.
 */
public record OrgUnitId(String value) {
    public static final String FIELD = "org_unit";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    public OrgUnitId {
        // Every rule the code breaks is reported: too long and of the wrong form at once.
        var violations = new Violations();
        value = Text.required(violations, FIELD, value, 64);
        Text.matches(violations, FIELD, value, FORMAT,
                "must start with a letter or digit and contain only letters, digits, '.', '_', '/' or '-'");
        violations.throwIfAny();
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnitId other) {
        return other.value.equals(value) || other.value.startsWith(value + "/");
    }

    /** This unit and every unit above it, from the top of its tree down: gridco, gridco/east, gridco/east/cs. */
    public List<OrgUnitId> pathFromTop() {
        List<OrgUnitId> path = new ArrayList<>();
        int slash = value.indexOf('/');
        while (slash > 0) {
            path.add(new OrgUnitId(value.substring(0, slash)));
            slash = value.indexOf('/', slash + 1);
        }
        path.add(this);
        return path;
    }

    /** The top of this unit's tree (a province company, a city hotline): the tenant it belongs to. */
    public OrgUnitId top() {
        return pathFromTop().getFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
