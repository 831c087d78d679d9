package org.complaintdesk.domain.complaint;

/** 002 1.1.14-1.1.16: three levels; level 1 starts the emergency procedure. */
public enum Severity {
    /** Life or property at risk, or normal service severely disrupted (large-area outage, gas leak). */
    LEVEL_1(1),
    /** Service quality problems over a wider area (unstable supply). */
    LEVEL_2(2),
    /** An individual user's problem (attitude, a bill). */
    LEVEL_3(3);

    private final int number;

    Severity(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Severity ofNumber(int number) {
        for (Severity s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("no severity level " + number);
    }
}
