package org.complaintdesk.adapters.grpc;

import java.util.Optional;
import org.complaintdesk.api.v1.ClockAlert;
import org.complaintdesk.api.v1.Notice;
import org.complaintdesk.api.v1.PublishedEvent;
import org.complaintdesk.application.notice.RecordedNotice;
import org.complaintdesk.domain.complaint.PersonalDataPolicy.Disclosure;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.complaintdesk.domain.notice.IssuedNotice;

/**
 * A published event as the contract shows it, on the event stream and on Kafka: its free text
 * masked unless the reader may see the complainant's data in full.
 */
public final class PublishedEventMapper {
    private PublishedEventMapper() {
    }

    /**
     * @param recipient an SMS notice's phone number, given only with a full disclosure
     */
    public static PublishedEvent toMessage(org.complaintdesk.application.event.PublishedEvent event, Disclosure disclosure,
                                           Optional<PhoneNumber> recipient) {
        var message = PublishedEvent.newBuilder()
                .setId(event.id().toString())
                .setPosition(event.position())
                .setComplaint(ComplaintName.of(event.complaintId()))
                .setSequence(event.sequence())
                .setOrgUnit(event.orgUnit().value())
                .setRecordTime(ProtoTime.toTimestamp(event.recordedAt()));
        boolean full = disclosure == Disclosure.FULL;
        switch (event.body()) {
            case org.complaintdesk.application.event.PublishedEvent.TimelineEntry(var entry) -> {
                var timeline = EventMapper.toMessage(entry);
                message.setTimelineEntry(full ? timeline : EventMapper.masked(timeline));
            }
            case org.complaintdesk.application.event.PublishedEvent.AlertRaised(var alert) -> message.setClockAlert(
                    ClockAlert.newBuilder()
                            .setTicketNumber(alert.ticketNumber().value())
                            .setClock(ProtoEnums.CLOCK_KIND.toProto(alert.clock()))
                            .setRound(alert.round())
                            .setKind(alert.kind() == org.complaintdesk.application.deadline.ClockAlert.Kind.WARNING
                                    ? ClockAlert.Kind.KIND_WARNING : ClockAlert.Kind.KIND_BREACH)
                            .setDueTime(ProtoTime.toTimestamp(alert.due()))
                            .setRaiseTime(ProtoTime.toTimestamp(alert.raisedAt()))
                            .setNotifyTime(ProtoTime.toTimestamp(alert.notifyAt())));
            case org.complaintdesk.application.event.PublishedEvent.NoticeIssued(var notice) ->
                    message.setNotice(notice(notice, full, full ? recipient : Optional.empty()));
            case org.complaintdesk.application.event.PublishedEvent.WarningRaised(var warning) ->
                    message.setEarlyWarning(EarlyWarningMapper.toMessage(warning));
        }
        return message.build();
    }

    /** The notice as issued, still waiting for its delivery report. */
    static Notice notice(IssuedNotice notice, boolean full, Optional<PhoneNumber> recipient) {
        Notice message = NoticeMapper.toMessage(new RecordedNotice(notice, Optional.empty(), Optional.empty()));
        if (!full) {
            return FreeTextMasking.mask(message);
        }
        var shown = message.toBuilder();
        recipient.ifPresent(phone -> shown.setRecipientPhoneNumber(phone.value()));
        return shown.build();
    }
}
