package org.complaintdesk.domain.handling;

import org.complaintdesk.domain.validation.Text;

/**
 * Why someone acted or decided as they did: a severity or classification changed, a complaint
 * returned or moved, more time asked for, a resolution sent back, an extension refused, a
 * complaint withdrawn. Not blank, at most {@link #MAX_LENGTH} characters; a reason recorded beside
 * a change of the complaint's data is {@link #brief}.
 */
public record Reason(String value) {
    public static final String FIELD = "reason";
    public static final int MAX_LENGTH = 4000;
    /** The contract keeps the reasons recorded beside a change short enough to read in a list. */
    public static final int BRIEF_MAX_LENGTH = 500;

    public Reason {
        value = Text.required(FIELD, value, MAX_LENGTH);
    }

    /** A reason recorded beside a change (severity, classification, dispatch, extension): at most 500 characters. */
    public static Reason brief(String value) {
        return new Reason(Text.required(FIELD, value, BRIEF_MAX_LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}
