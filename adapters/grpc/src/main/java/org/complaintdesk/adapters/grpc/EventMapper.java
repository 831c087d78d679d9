package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.Actor;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;

/**
 * A timeline entry as the API shows it; its particulars typed as {@link EventPayloadMapper} maps
 * them, and in the deprecated map as {@link EventDetailsMapper} spells them.
 */
final class EventMapper {
    private static final String EVENTS = "/events/";

    private EventMapper() {
    }

    static String name(ComplaintId complaint, long sequence) {
        return ComplaintName.of(complaint) + EVENTS + sequence;
    }

    /**
     * The entry as a caller who may not see the complaint's personal data sees it: the note (a
     * free-text field), the payload's free-text fields and the free-text details read
     * {@value ComplainantMasking#WITHHELD}.
     */
    @SuppressWarnings("deprecation") // the deprecated details are still masked, as they are still filled
    static ComplaintEvent masked(ComplaintEvent event) {
        var masked = FreeTextMasking.mask(event).toBuilder();
        event.getDetailsMap().keySet().stream().filter(EventDetailsMapper.FREE_TEXT::contains)
                .forEach(key -> masked.putDetails(key, ComplainantMasking.WITHHELD));
        return masked.build();
    }

    @SuppressWarnings("deprecation") // the deprecated details stay filled for the clients that read them
    static ComplaintEvent toMessage(org.complaintdesk.domain.complaint.ComplaintEvent event) {
        var actor = event.actor();
        var message = ComplaintEvent.newBuilder()
                .setName(name(event.complaintId(), event.sequence()))
                .setType(ProtoEnums.EVENT_TYPE.toProto(event.type()))
                .setActor(Actor.newBuilder()
                        .setUserId(actor.userId().value())
                        .setRole(ProtoEnums.ROLE.toProto(actor.role()))
                        .setOrgUnit(actor.orgUnit().value()))
                .setOccurTime(ProtoTime.toTimestamp(event.occurredAt()))
                .setStateBefore(event.stateBefore().map(ProtoEnums.STATE::toProto).orElse(Complaint.State.STATE_UNSPECIFIED))
                .setStateAfter(ProtoEnums.STATE.toProto(event.stateAfter()))
                .setNote(event.note().orElse(""));
        message.putAllDetails(EventDetailsMapper.details(event.details()));
        EventPayloadMapper.fill(message, event.details());
        return message.build();
    }
}
