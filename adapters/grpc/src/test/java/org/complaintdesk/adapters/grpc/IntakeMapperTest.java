package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Timestamp;
import java.util.Optional;
import org.complaintdesk.api.v1.Channel;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.UtilityDomain;
import org.complaintdesk.application.complaint.RegisterComplaint;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.ChannelReference;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.Intake;
import org.complaintdesk.domain.complaint.IntakeAndClassification;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Location;
import org.complaintdesk.domain.complaint.Nature;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class IntakeMapperTest {
    /** The domain's cross-field rules, judged at the fixture's registration time. */
    private static final IntakeMapper.IntakeRules RULES = (receivedAt, facts, severity, reasonGiven) ->
            org.complaintdesk.domain.complaint.IntakeAndClassification.intakeRuleViolations(receivedAt, facts, severity, reasonGiven,
                    Requests.NOW, new org.complaintdesk.domain.complaint.SeverityPolicy());

    private static final Caller AGENT = new Caller(Optional.of(new UserId("agent-7")), Optional.of(Role.AGENT),
            Optional.of(new OrgUnitId(Requests.OWNING_UNIT)));

    @Test
    void a_request_with_many_bad_fields_gets_every_one_of_them_back_with_its_path_and_rule() {
        CreateComplaintRequest request = CreateComplaintRequest.newBuilder()
                .setRequestId("not a request id!")
                .setComplaint(Complaint.newBuilder()
                        .setComplainant(Complainant.newBuilder()
                                .setDisplayName("   ")
                                .setPhoneNumber("12345")
                                .setAccountNumber("x!")
                                .setContactPreferenceValue(42))
                        .setChannelReference("r".repeat(65))
                        .setKindValue(99)
                        .setUtilityDomain(UtilityDomain.UTILITY_DOMAIN_UNSPECIFIED)
                        .setNatureValue(77)
                        .setTopic("t".repeat(101))
                        .setSeverityValue(8)
                        .setSeverityOverrideReason("r".repeat(501))
                        .setPriorityValue(9)
                        .setDescription("")
                        .setDemand("d".repeat(2001))
                        .setLocation("l".repeat(201))
                        .setOrgUnit("-HEAT"))
                .build();

        assertThatThrownBy(() -> IntakeMapper.toCommand(request, AGENT, RULES))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactlyInAnyOrder(
                                "request_id FORMAT",
                                "complaint.complainant.display_name REQUIRED",
                                "complaint.complainant.phone_number FORMAT",
                                "complaint.complainant.account_number FORMAT",
                                "complaint.complainant.address REQUIRED",
                                "complaint.complainant.contact_preference FORMAT",
                                "complaint.channel REQUIRED",
                                "complaint.channel_reference TOO_LONG",
                                "complaint.receive_time REQUIRED",
                                "complaint.kind FORMAT",
                                "complaint.utility_domain REQUIRED",
                                "complaint.nature FORMAT",
                                "complaint.topic TOO_LONG",
                                "complaint.severity FORMAT",
                                "complaint.severity_override_reason TOO_LONG",
                                "complaint.priority FORMAT",
                                "complaint.description REQUIRED",
                                "complaint.demand TOO_LONG",
                                "complaint.location TOO_LONG",
                                "complaint.org_unit FORMAT"));
    }

    @Test
    void violation_messages_never_repeat_the_personal_data_that_was_refused() {
        CreateComplaintRequest request = Requests.heatingComplaint("r-1")
                .setComplaint(Requests.heatingComplaint("r-1").getComplaint().toBuilder()
                        .setComplainant(Complainant.newBuilder().setDisplayName("王".repeat(101))
                                .setPhoneNumber("138-SECRET-99").setAddress("a".repeat(201))))
                .build();

        assertThatThrownBy(() -> IntakeMapper.toCommand(request, AGENT, RULES))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageNotContaining("SECRET")
                .hasMessageNotContaining("王王")
                .satisfies(refused -> assertThat(((InvalidValueException) refused).violations())
                        .extracting(FieldViolation::message)
                        .noneMatch(message -> message.contains("SECRET") || message.contains("aaaa")));
    }

    @Test
    void a_request_without_a_complaint_is_told_the_complaint_is_required() {
        CreateComplaintRequest request = CreateComplaintRequest.newBuilder().setRequestId("r-1").build();

        assertThatThrownBy(() -> IntakeMapper.toCommand(request, AGENT, RULES))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactly("complaint REQUIRED"));
    }

    @Test
    void a_complaint_without_a_complainant_is_told_the_complainant_is_required() {
        CreateComplaintRequest request = Requests.heatingComplaint("r-1")
                .setComplaint(Requests.heatingComplaint("r-1").getComplaint().toBuilder().clearComplainant())
                .build();

        assertThatThrownBy(() -> IntakeMapper.toCommand(request, AGENT, RULES))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactly("complaint.complainant REQUIRED"));
    }

    @Test
    void a_receive_time_outside_the_range_of_timestamps_is_a_format_error() {
        CreateComplaintRequest request = Requests.heatingComplaint("r-1")
                .setComplaint(Requests.heatingComplaint("r-1").getComplaint().toBuilder()
                        .setReceiveTime(Timestamp.newBuilder().setSeconds(1_700_000_000L).setNanos(-1)))
                .build();

        assertThatThrownBy(() -> IntakeMapper.toCommand(request, AGENT, RULES))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactly("complaint.receive_time FORMAT"));
    }

    @Test
    void a_good_request_maps_every_field_into_the_intake() {
        RegisterComplaint.Command command = IntakeMapper.toCommand(Requests.everyFieldSet("req-1").build(), AGENT, RULES);

        Intake intake = command.intake();
        assertThat(intake.complainant().name().value()).isEqualTo("李娜");
        assertThat(intake.complainant().phone().value()).isEqualTo("0755-1234567-801");
        assertThat(intake.complainant().accountNumber()).contains(new AccountNumber("AB-1234567"));
        assertThat(intake.complainant().address().value()).isEqualTo("深圳市南山区科技园 1 号");
        assertThat(intake.complainant().contactPreference()).isEqualTo(ContactPreference.SMS);
        assertThat(intake.channel()).isEqualTo(org.complaintdesk.domain.complaint.Channel.CITY_HOTLINE_12345);
        assertThat(intake.channelReference()).contains(new ChannelReference("12345-2026-000777"));
        assertThat(intake.receivedAt()).isEqualTo(Requests.RECEIVED);
        assertThat(intake.kind()).isEqualTo(ComplaintKind.COMPLAINT);
        assertThat(intake.utilityDomain()).isEqualTo(org.complaintdesk.domain.complaint.UtilityDomain.ELECTRICITY);
        assertThat(intake.nature()).isEqualTo(Nature.GRID);
        assertThat(intake.topic().value()).isEqualTo("voltage drops every evening");
        assertThat(intake.facts()).isEqualTo(new IntakeFacts(false, false, true));
        assertThat(intake.requestedSeverity()).contains(Severity.LEVEL_1);
        assertThat(intake.severityOverrideReason()).contains(new Reason("hospital on the same feeder"));
        assertThat(intake.requestedPriority()).contains(Priority.LOW);
        assertThat(intake.description().value()).isEqualTo("Lights flicker and the fridge stops at 19:00 every day.");
        assertThat(intake.demand().value()).isEqualTo("Fix the supply and pay for the spoiled food.");
        assertThat(intake.location()).contains(new Location("transformer at the north gate"));
        assertThat(intake.orgUnit()).isEqualTo(new OrgUnitId("grid/district-3"));
        assertThat(command.request().requestId().value()).isEqualTo("req-1");
        assertThat(command.request().operation()).isEqualTo("CreateComplaint");
    }

    @Test
    void optional_fields_left_empty_are_absent_and_contact_defaults_to_phone() {
        Intake intake = IntakeMapper.toCommand(Requests.heatingComplaint("req-1").build(), AGENT, RULES).intake();

        assertThat(intake.channelReference()).isEmpty();
        assertThat(intake.complainant().accountNumber()).isEmpty();
        assertThat(intake.complainant().contactPreference()).isEqualTo(ContactPreference.PHONE);
        assertThat(intake.complainant().phone().value()).isEqualTo("13812345678");
        assertThat(intake.facts()).isEqualTo(IntakeFacts.INDIVIDUAL_PROBLEM);
        assertThat(intake.requestedSeverity()).isEmpty();
        assertThat(intake.severityOverrideReason()).isEmpty();
        assertThat(intake.requestedPriority()).isEmpty();
        assertThat(intake.location()).isEmpty();
    }

    @Test
    void a_caller_without_a_unit_cannot_register() {
        var noUnit = new Caller(Optional.of(new UserId("agent-7")), Optional.of(Role.AGENT), Optional.empty());

        assertThatThrownBy(() -> IntakeMapper.toCommand(Requests.heatingComplaint("req-1").build(), noUnit, RULES))
                .isInstanceOfSatisfying(CallerNotIdentifiedException.class,
                        e -> assertThat(e.headers()).containsExactly("x-org-unit"));
    }

    @Test
    void a_caller_without_a_role_cannot_register() {
        var noRole = new Caller(Optional.of(new UserId("reader-1")), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> IntakeMapper.toCommand(Requests.heatingComplaint("req-1").build(), noRole, RULES))
                .isInstanceOf(CallerNotIdentifiedException.class);
    }

    @Test
    void a_caller_that_names_role_and_unit_registers_with_them() {
        var caller = new Caller(Optional.of(new UserId("sys-12345")), Optional.of(Role.SYSTEM),
                Optional.of(new OrgUnitId("city/hotline")));

        Actor actor = IntakeMapper.toCommand(Requests.heatingComplaint("req-1").build(), caller, RULES).actor();

        assertThat(actor).isEqualTo(new Actor(new UserId("sys-12345"), Role.SYSTEM, new OrgUnitId("city/hotline")));
    }

    @Test
    void the_fingerprint_ignores_the_request_id_but_changes_with_the_complaint() {
        String first = IntakeMapper.fingerprint(Requests.heatingComplaint("req-1").build());
        String sameComplaintOtherId = IntakeMapper.fingerprint(Requests.heatingComplaint("req-2").build());
        String otherChannel = IntakeMapper.fingerprint(Requests.heatingComplaint("req-1")
                .setComplaint(Requests.heatingComplaint("req-1").getComplaint().toBuilder().setChannel(Channel.CHANNEL_WEB))
                .build());

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(sameComplaintOtherId).isNotEqualTo(otherChannel);
    }

    @Test
    void rules_spanning_several_fields_are_reported_with_the_field_errors_in_one_answer() {
        var request = Requests.heatingComplaint("req-1");
        request.getComplaintBuilder()
                .setTopic(" ")
                .setReceiveTime(ProtoTime.toTimestamp(Requests.NOW.plusSeconds(86_400)))
                .setSeverity(org.complaintdesk.api.v1.Severity.SEVERITY_LEVEL_1)
                .clearSeverityOverrideReason()
                .clearIntakeFacts();

        assertThatThrownBy(() -> IntakeMapper.toCommand(request.build(), AGENT, RULES))
                .isInstanceOfSatisfying(org.complaintdesk.domain.validation.InvalidValueException.class,
                        e -> assertThat(e.violations())
                                .extracting(org.complaintdesk.domain.validation.FieldViolation::field)
                                .containsExactlyInAnyOrder("complaint.topic", "complaint.receive_time",
                                        "complaint.severity_override_reason"));
    }
}
