package org.complaintdesk.application.warning;

/**
 * Where a rule looks: each owning unit, or each lead department, with its code cut after
 * {@code depth} levels (0: the whole code), so that {@code unit:2} watches each city company of a
 * province as a whole. Complaints never dispatched are in no department.
 */
public record WarningScope(Kind kind, int depth) {
    public static final int MAX_DEPTH = 8;

    /** Which unit of a complaint a rule groups by. */
    public enum Kind {
        UNIT("unit"),
        DEPARTMENT("department");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public WarningScope {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be given");
        }
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 0 to " + MAX_DEPTH + ", was " + depth);
        }
    }

    @Override
    public String toString() {
        return kind.word() + ":" + depth;
    }
}
