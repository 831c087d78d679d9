package org.complaintdesk.application.statistics;

/**
 * What complaints are counted by (000 二(五)2: by type, channel and cause). Keys are the enum
 * constant names as stored (severity as its level number "1".."3"), the topic as written, units as
 * their codes cut at the grouping's depth; a missing value (no lead department yet, no finding) is
 * the key {@link #NONE_KEY}.
 */
public enum Dimension {
    UTILITY_DOMAIN(false),
    NATURE(false),
    TOPIC(false),
    CHANNEL(false),
    KIND(false),
    SEVERITY(false),
    /** The owning unit, cut at the grouping's depth. */
    OWNING_UNIT(true),
    /** The current lead department, cut at the grouping's depth. */
    LEAD_DEPARTMENT(true),
    /** The responsibility finding (000 二(二)3). */
    RESPONSIBILITY(false),
    /** The complaint's state now (not at the period's end). */
    STATE(false);

    /** The key of complaints that have no value for the dimension. */
    public static final String NONE_KEY = "";

    private final boolean unit;

    Dimension(boolean unit) {
        this.unit = unit;
    }

    /** Whether its keys are unit codes, which a grouping may cut at a depth of the tree. */
    public boolean isUnit() {
        return unit;
    }
}
