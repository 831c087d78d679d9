package org.complaintdesk.domain.complaint;

/** Where a complaint reached the company (000 二(一), 002 1.1). All channels land in one register. */
public enum Channel {
    HOTLINE(false),
    WEB(false),
    APP(false),
    WECHAT(false),
    EMAIL(false),
    LETTER(false),
    WALK_IN(false),
    SOCIAL_MEDIA(true),
    CITY_HOTLINE_12345(true),
    REGULATOR(true),
    CONSUMER_ASSOCIATION(true),
    MEDIA(true);

    private final boolean publicAttention;

    Channel(boolean publicAttention) {
        this.publicAttention = publicAttention;
    }

    /** Channels that draw public or official attention, which raises priority (001 (二)2). */
    public boolean drawsPublicAttention() {
        return publicAttention;
    }
}
