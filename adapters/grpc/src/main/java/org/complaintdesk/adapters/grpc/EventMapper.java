package org.complaintdesk.adapters.grpc;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.api.v1.Actor;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.organisation.Role;

/**
 * A timeline entry as the API shows it. The domain writes enum values in its own spelling
 * ({@code HOTLINE}); the contract promises the API's value names ({@code CHANNEL_HOTLINE}), so
 * the details whose values are enums are respelled here, by key and, where a key means
 * different things in different events, by event type. Other values pass unchanged. The keys
 * that name a re-timed clock ({@code retimed.REPLY}; plain {@code REPLY} in a CLOCKS_RETIMED
 * entry) are respelled alike, to {@code retimed.KIND_REPLY}.
 */
final class EventMapper {
    private static final String EVENTS = "/events/";
    /** Details written in free words, masked like the contract's free-text fields (see {@link #masked}). */
    static final Set<String> FREE_TEXT_DETAILS = Set.of("promise", "place", "participants", "reason");
    private static final String RETIMED = "retimed.";

    private static final Map<String, EnumMapping<?, ?>> ENUM_DETAILS = Map.ofEntries(
            entry("kind", ProtoEnums.KIND),
            entry("severity", ProtoEnums.SEVERITY),
            entry("severity_before", ProtoEnums.SEVERITY),
            entry("priority", ProtoEnums.PRIORITY),
            entry("priority_before", ProtoEnums.PRIORITY),
            entry("utility_domain", ProtoEnums.UTILITY_DOMAIN),
            entry("utility_domain_before", ProtoEnums.UTILITY_DOMAIN),
            entry("nature", ProtoEnums.NATURE),
            entry("nature_before", ProtoEnums.NATURE),
            entry("decline_reason", ProtoEnums.DECLINE_REASON),
            entry("responsibility", ProtoEnums.RESPONSIBILITY),
            entry("remedy_kind", ProtoEnums.REMEDY_KIND),
            // "UNREACHABLE" has no enum value and stays as it is, as the contract says.
            entry("satisfaction", ProtoEnums.SATISFACTION),
            entry("outcome", ProtoEnums.REVIEW_OUTCOME),
            entry("closed_from", ProtoEnums.STATE),
            entry("waiting_reason", ProtoEnums.PAUSE_REASON),
            entry("clock", ProtoEnums.CLOCK_KIND),
            entry("cause", ProtoEnums.SUPERVISION_CAUSE));

    private static final Map<EventType, Map<String, EnumMapping<?, ?>>> ENUM_DETAILS_BY_TYPE = Map.of(
            EventType.REGISTERED, Map.of("channel", ProtoEnums.CHANNEL),
            EventType.REPLIED, Map.of("channel", ProtoEnums.CONTACT_METHOD),
            EventType.CONTACT_RECORDED, Map.of("method", ProtoEnums.CONTACT_METHOD),
            EventType.INVESTIGATION_RECORDED, Map.of("method", ProtoEnums.INVESTIGATION_METHOD),
            EventType.CALLBACK_RECORDED, Map.of("method", ProtoEnums.CALLBACK_METHOD));

    private EventMapper() {
    }

    static String name(ComplaintId complaint, long sequence) {
        return ComplaintName.of(complaint) + EVENTS + sequence;
    }

    /**
     * The entry as a caller who may not see the complaint's personal data sees it: the note (a
     * free-text field) and the free-text details read {@value ComplainantMasking#WITHHELD}.
     */
    static ComplaintEvent masked(ComplaintEvent event) {
        var masked = FreeTextMasking.mask(event).toBuilder();
        event.getDetailsMap().keySet().stream().filter(FREE_TEXT_DETAILS::contains)
                .forEach(key -> masked.putDetails(key, ComplainantMasking.WITHHELD));
        return masked.build();
    }

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
        event.details().forEach((key, value) -> message.putDetails(key(event.type(), key), spelling(event.type(), key, value)));
        return message.build();
    }

    /** The key as the contract spells it: a re-timed clock by its API name, every other key as written. */
    private static String key(EventType type, String key) {
        String clock;
        if (key.startsWith(RETIMED)) {
            clock = key.substring(RETIMED.length());
        } else if (type == EventType.CLOCKS_RETIMED) {
            clock = key;
        } else {
            return key;
        }
        return ProtoEnums.CLOCK_KIND.toProto(clock).map(kind -> RETIMED + kind.name()).orElse(key);
    }

    private static String spelling(EventType type, String key, String value) {
        if (type == EventType.SUPERVISED && key.equals("level")) {
            // A supervision's level is a role the domain names, and Handling.Supervision.Level in the API.
            return level(value).orElse(value);
        }
        EnumMapping<?, ?> mapping = ENUM_DETAILS_BY_TYPE.getOrDefault(type, Map.of()).getOrDefault(key, ENUM_DETAILS.get(key));
        if (mapping == null) {
            return value;
        }
        return mapping.toProto(value).<String>map(Enum::name).orElse(value);
    }

    private static Optional<String> level(String role) {
        try {
            var level = HandlingMapper.level(Role.valueOf(role));
            return level == org.complaintdesk.api.v1.Handling.Supervision.Level.LEVEL_UNSPECIFIED
                    ? Optional.empty() : Optional.of(level.name());
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
