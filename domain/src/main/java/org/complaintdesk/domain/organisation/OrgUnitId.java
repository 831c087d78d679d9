package org.complaintdesk.domain.organisation;

import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** Code of an organisation unit (company, branch, department, office), e.g. {@code gridco/east/cs}. */
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

    @Override
    public String toString() {
        return value;
    }
}
