package org.complaintdesk.domain.organisation;

import java.util.regex.Pattern;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.complaintdesk.domain.validation.Text;

/** Code of an organisation unit (company, branch, department, office), e.g. {@code gridco/east/cs}. */
public record OrgUnitId(String value) {
    public static final String FIELD = "org_unit";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    public OrgUnitId {
        value = Text.required(FIELD, value, 64);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, Text.FORMAT,
                    "must start with a letter or digit and contain only letters, digits, '.', '_', '/' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
