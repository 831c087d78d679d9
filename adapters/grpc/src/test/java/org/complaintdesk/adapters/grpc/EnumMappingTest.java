package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.domain.validation.Violations;
import org.junit.jupiter.api.Test;

class EnumMappingTest {

    @Test
    void every_domain_value_of_every_enum_has_a_proto_value_that_maps_back_to_it() {
        assertRoundTrip(ProtoEnums.CHANNEL, org.complaintdesk.domain.complaint.Channel.class);
        assertRoundTrip(ProtoEnums.KIND, org.complaintdesk.domain.complaint.ComplaintKind.class);
        assertRoundTrip(ProtoEnums.UTILITY_DOMAIN, org.complaintdesk.domain.complaint.UtilityDomain.class);
        assertRoundTrip(ProtoEnums.NATURE, org.complaintdesk.domain.complaint.Nature.class);
        assertRoundTrip(ProtoEnums.SEVERITY, org.complaintdesk.domain.complaint.Severity.class);
        assertRoundTrip(ProtoEnums.PRIORITY, org.complaintdesk.domain.complaint.Priority.class);
        assertRoundTrip(ProtoEnums.CONTACT_PREFERENCE, org.complaintdesk.domain.complaint.ContactPreference.class);
        assertRoundTrip(ProtoEnums.STATE, org.complaintdesk.domain.complaint.ComplaintState.class);
        assertRoundTrip(ProtoEnums.CLOCK_KIND, org.complaintdesk.domain.handling.ClockKind.class);
        assertRoundTrip(ProtoEnums.CLOCK_STATE, org.complaintdesk.domain.deadline.ClockState.class);
        assertRoundTrip(ProtoEnums.PAUSE_REASON, org.complaintdesk.domain.handling.PauseReason.class);
        assertRoundTrip(ProtoEnums.EVENT_TYPE, org.complaintdesk.domain.complaint.EventType.class);
        assertRoundTrip(ProtoEnums.SUPERVISION_CAUSE, org.complaintdesk.domain.handling.SupervisionCause.class);
        assertRoundTrip(ProtoEnums.CLOCK_STATUS, org.complaintdesk.domain.deadline.ClockStatus.class);
        assertRoundTrip(ProtoEnums.ROLE, org.complaintdesk.domain.organisation.Role.class);
        assertRoundTrip(PublicViewMapper.STAGE, org.complaintdesk.application.publicview.PublicStage.class);
    }

    @Test
    void severity_levels_keep_their_number() {
        assertThat(ProtoEnums.SEVERITY.toProto(org.complaintdesk.domain.complaint.Severity.LEVEL_2))
                .isEqualTo(Severity.SEVERITY_LEVEL_2);
    }

    @Test
    void a_required_value_left_unspecified_is_missing() {
        var violations = new Violations();

        assertThat(ProtoEnums.CHANNEL.required(Channel.CHANNEL_UNSPECIFIED, "complaint.channel", violations)).isNull();
        assertThat(violations.list()).extracting(v -> v.field() + " " + v.rule()).containsExactly("complaint.channel REQUIRED");
    }

    @Test
    void an_optional_value_left_unspecified_means_none() {
        var violations = new Violations();

        assertThat(ProtoEnums.SEVERITY.optional(Severity.SEVERITY_UNSPECIFIED, "severity", violations)).isEmpty();
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void a_number_this_server_does_not_know_is_a_format_error() {
        var violations = new Violations();

        assertThat(ProtoEnums.SEVERITY.optional(Severity.UNRECOGNIZED, "severity", violations)).isEmpty();
        assertThat(violations.list()).extracting(v -> v.field() + " " + v.rule()).containsExactly("severity FORMAT");
    }

    @Test
    void enums_that_do_not_pair_up_are_refused_when_the_mapping_is_built() {
        assertThatThrownBy(() -> new EnumMapping<>(Channel.class, "CHANNEL_",
                org.complaintdesk.domain.complaint.Priority.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EnumMapping<>(Severity.class, "SEVERITY_", OnlyLevelOne.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SEVERITY_LEVEL_2");
    }

    private enum OnlyLevelOne { LEVEL_1 }

    private static <P extends Enum<P>, D extends Enum<D>> void assertRoundTrip(EnumMapping<P, D> mapping, Class<D> domainType) {
        var violations = new Violations();
        List<D> values = List.of(domainType.getEnumConstants());
        List<D> back = values.stream()
                .map(value -> mapping.required(mapping.toProto(value), "field", violations))
                .toList();
        assertThat(back).isEqualTo(values);
        assertThat(violations.isEmpty()).isTrue();
    }
}
