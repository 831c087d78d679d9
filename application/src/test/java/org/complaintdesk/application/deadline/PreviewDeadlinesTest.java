package org.complaintdesk.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.application.deadline.DeadlineDesk.at;
import static org.complaintdesk.application.deadline.DeadlineDesk.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.IntakeFacts;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.SeverityPolicy;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.deadline.ClockState;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.DeadlinePolicy;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** What a hotline agent can promise before the complaint is registered. */
class PreviewDeadlinesTest {
    private static final OrgUnitId UNIT = new OrgUnitId("gridco/east");

    private final DeadlineDesk desk = new DeadlineDesk("2026-09-30T10:00");
    private final PreviewDeadlines preview = preview(DeadlinePolicies.seedForAll());

    @Test
    void a_letter_received_on_30_september_is_to_be_answered_by_the_end_of_13_october() {
        var result = preview.execute(query(Channel.LETTER, Optional.empty(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(at("2026-09-30T09:00"))));

        assertThat(clock(result.clocks(), ClockKind.REPLY).due()).isEqualTo(at("2026-10-14T00:00"));
    }

    @Test
    void a_phone_complaint_starts_the_clocks_of_its_registration_and_no_other() {
        var result = preview.execute(query(Channel.HOTLINE, Optional.empty(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.empty()));

        assertThat(result.clocks()).extracting(ComplaintClock::kind).containsExactly(ClockKind.REGISTRATION,
                ClockKind.FORWARD_TO_DEPARTMENT, ClockKind.REPLY, ClockKind.FOLLOW_UP);
        assertThat(result.clocks()).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(ClockState.RUNNING);
            assertThat(c.round()).isEqualTo(1);
            // Without a receive time the call is taken now.
            assertThat(c.startedAt()).isEqualTo(desk.clock.instant());
        });
        assertThat(clock(result.clocks(), ClockKind.FORWARD_TO_DEPARTMENT).due()).isEqualTo(at("2026-09-30T11:00"));
        assertThat(clock(result.clocks(), ClockKind.REPLY).due()).isEqualTo(at("2026-10-10T00:00"));
    }

    @Test
    void a_safety_hazard_proposes_level_1_with_the_emergency_limits() {
        var result = preview.execute(query(Channel.HOTLINE, Optional.empty(), new IntakeFacts(true, false, false),
                Optional.empty()));

        assertThat(result.severity()).isEqualTo(Severity.LEVEL_1);
        assertThat(clock(result.clocks(), ClockKind.FORWARD_TO_DEPARTMENT).due()).isEqualTo(at("2026-09-30T10:15"));
        assertThat(clock(result.clocks(), ClockKind.FOLLOW_UP).due()).isEqualTo(at("2026-10-01T10:00"));
    }

    @Test
    void a_severity_the_agent_gives_overrides_the_proposal() {
        var result = preview.execute(query(Channel.HOTLINE, Optional.of(Severity.LEVEL_1),
                IntakeFacts.INDIVIDUAL_PROBLEM, Optional.empty()));

        assertThat(result.severity()).isEqualTo(Severity.LEVEL_1);
        assertThat(clock(result.clocks(), ClockKind.FORWARD_TO_DEPARTMENT).due()).isEqualTo(at("2026-09-30T10:15"));
    }

    @Test
    void a_unit_on_the_12345_profile_answers_within_15_working_days() {
        var hotline = preview(DeadlinePolicies.parse("gridco=hotline-12345", DeadlinePolicy.shipped(),
                DeadlinePolicy.seedDefaults()));

        var result = hotline.execute(query(Channel.LETTER, Optional.empty(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.empty()));

        assertThat(clock(result.clocks(), ClockKind.REPLY).rule().period().text()).isEqualTo("15wd");
    }

    @Test
    void a_receipt_two_hours_ago_has_already_used_up_the_forwarding_limit() {
        var result = preview.execute(query(Channel.HOTLINE, Optional.empty(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(desk.clock.instant().minus(Duration.ofHours(2)))));

        assertThat(clock(result.clocks(), ClockKind.FORWARD_TO_DEPARTMENT).state()).isEqualTo(ClockState.BREACHED);
        assertThat(clock(result.clocks(), ClockKind.REPLY).state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void a_receipt_still_ahead_shows_the_clocks_as_they_will_start_then() {
        Instant monday = at("2026-10-12T08:00");

        var result = preview.execute(query(Channel.WEB, Optional.empty(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(monday)));

        assertThat(result.clocks()).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(ClockState.RUNNING);
            assertThat(c.startedAt()).isEqualTo(monday);
        });
        assertThat(clock(result.clocks(), ClockKind.REPLY).due()).isEqualTo(at("2026-10-16T00:00"));
    }

    @Test
    void a_receipt_more_than_a_year_away_is_refused() {
        assertThatThrownBy(() -> preview.execute(query(Channel.HOTLINE, Optional.empty(), IntakeFacts.INDIVIDUAL_PROBLEM,
                Optional.of(desk.clock.instant().plus(Duration.ofDays(400))))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly("receive_time OUT_OF_RANGE"));
    }

    @Test
    void a_consultation_is_not_forwarded_to_a_department() {
        var result = preview.execute(new PreviewDeadlines.Query(UtilityDomain.WATER, ComplaintKind.CONSULTATION,
                Channel.HOTLINE, Optional.empty(), IntakeFacts.INDIVIDUAL_PROBLEM, UNIT, Optional.empty()));

        assertThat(result.clocks()).extracting(ComplaintClock::kind)
                .containsExactly(ClockKind.REGISTRATION, ClockKind.REPLY);
    }

    private PreviewDeadlines preview(DeadlinePolicies policies) {
        return new PreviewDeadlines(desk.calendar, policies, new SeverityPolicy(), desk.clock);
    }

    private static PreviewDeadlines.Query query(Channel channel, Optional<Severity> severity, IntakeFacts facts,
                                                Optional<Instant> receivedAt) {
        return new PreviewDeadlines.Query(UtilityDomain.ELECTRICITY, ComplaintKind.COMPLAINT, channel, severity, facts,
                UNIT, receivedAt);
    }
}
