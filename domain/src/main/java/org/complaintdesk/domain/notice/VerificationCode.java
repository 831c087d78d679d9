package org.complaintdesk.domain.notice;

import java.util.regex.Pattern;

/**
 * The code the acceptance notice carries, which the complainant gives with the ticket number to
 * learn how the complaint stands. Six digits: easy to type from an SMS; guessing is slowed where
 * it is checked. Never shown by {@link #toString()}.
 */
public record VerificationCode(String digits) {
    public static final int LENGTH = 6;
    private static final Pattern FORMAT = Pattern.compile("\\d{" + LENGTH + "}");

    public VerificationCode {
        if (digits == null || !FORMAT.matcher(digits).matches()) {
            throw new IllegalArgumentException("a verification code is " + LENGTH + " digits");
        }
    }

    @Override
    public String toString() {
        return "VerificationCode[******]";
    }
}
