package org.complaintdesk.adapters.kafka;

import org.complaintdesk.application.event.PublishedEvent;

/**
 * The headers of every record on the events topic, each a UTF-8 string. They let a consumer route,
 * filter and drop repeats without decoding the value.
 */
public final class EventHeaders {
    /** The event's stable id (a UUID): the same on every delivery of the event. */
    public static final String EVENT_ID = "event-id";
    /** {@code timeline.<EventType>}, {@code alert.<WARNING|BREACH>} or {@code notice.<NoticeKind>}. */
    public static final String EVENT_TYPE = "event-type";
    /** The complaint's id (a UUID), also the record's key. */
    public static final String COMPLAINT = "complaint";
    /** The event's global position in the outbox, in decimal. */
    public static final String POSITION = "position";
    /** {@code application/x-protobuf; messageType=<full name of the value's message>}. */
    public static final String CONTENT_TYPE = "content-type";

    private EventHeaders() {
    }

    static String eventType(PublishedEvent.Body body) {
        return switch (body) {
            case PublishedEvent.TimelineEntry entry -> "timeline." + entry.event().type().name();
            case PublishedEvent.AlertRaised alert -> "alert." + alert.alert().kind().name();
            case PublishedEvent.NoticeIssued notice -> "notice." + notice.notice().notice().kind().name();
            case PublishedEvent.WarningRaised warning -> "warning." + warning.warning().metric().name();
        };
    }

    static String contentType(String messageName) {
        if (messageName.isBlank()) {
            throw new IllegalArgumentException("the value's protobuf message needs a name");
        }
        return "application/x-protobuf; messageType=" + messageName;
    }
}
