package org.complaintdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.domain.deadline.ClockFixture.at;
import static org.complaintdesk.domain.deadline.ClockFixture.received;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.InvestigationMethod;
import org.junit.jupiter.api.Test;

/** Which rule times which clock: the seed defaults, specificity, and the shipped profiles. */
class DeadlinePolicyTest {
    private static final DeadlinePolicy SEED = DeadlinePolicy.seedDefaults();

    private static ClockFacts facts(Severity severity, UtilityDomain domain, ComplaintKind kind, Channel channel) {
        return new ClockFacts(Instant.parse("2026-03-02T01:00:00Z"), channel, kind, domain, severity);
    }

    private static ClockFacts complaint(Severity severity) {
        return facts(severity, UtilityDomain.ELECTRICITY, ComplaintKind.COMPLAINT, Channel.HOTLINE);
    }

    @Test
    void the_seed_defaults_time_every_clock_and_every_rule_cites_its_source() {
        assertThat(SEED.rules()).extracting(ClockRule::kind).contains(ClockKind.values());
        assertThat(SEED.rules()).allSatisfy(rule -> assertThat(rule.source()).matches("00[0-4] .+"));
    }

    @Test
    void the_most_specific_matching_rule_wins() {
        assertThat(SEED.ruleFor(ClockKind.FIRST_CONTACT, complaint(Severity.LEVEL_1)).orElseThrow().period().text())
                .isEqualTo("30m");
        assertThat(SEED.ruleFor(ClockKind.FIRST_CONTACT, complaint(Severity.LEVEL_3)).orElseThrow().period().text())
                .isEqualTo("2h");
    }

    @Test
    void between_equally_specific_rules_the_later_one_wins() {
        var policy = DeadlinePolicy.parse("local", """
                REPLY period=5wd start=REGISTERED@receipt met=REPLIED
                REPLY period=7wd start=REGISTERED@receipt met=REPLIED
                """);

        assertThat(policy.ruleFor(ClockKind.REPLY, complaint(Severity.LEVEL_3)).orElseThrow().period().text())
                .isEqualTo("7wd");
    }

    @Test
    void a_clock_without_a_matching_rule_does_not_run() {
        var level1Heating = facts(Severity.LEVEL_1, UtilityDomain.HEATING, ComplaintKind.COMPLAINT, Channel.HOTLINE);

        assertThat(SEED.rulesFor(level1Heating)).containsKey(ClockKind.PROGRESS_UPDATE)
                .doesNotContainKey(ClockKind.RESOLUTION);
        assertThat(SEED.rulesFor(complaint(Severity.LEVEL_3))).doesNotContainKeys(ClockKind.PROGRESS_UPDATE,
                ClockKind.RESOLUTION);
    }

    @Test
    void under_the_state_grid_commitment_the_complainant_is_contacted_within_a_working_day_of_acceptance() {
        var complaint = received(Channel.HOTLINE, "2026-03-02T09:00").under(DeadlinePolicy.stateGridCommitment())
                .register("2026-03-02T09:05").accept("2026-03-02T09:10");

        ComplaintClock contact = complaint.clock(ClockKind.FIRST_CONTACT, "2026-03-02T10:00");
        ComplaintClock reply = complaint.clock(ClockKind.REPLY, "2026-03-02T10:00");

        assertThat(contact.startedAt()).isEqualTo(at("2026-03-02T09:10"));
        assertThat(contact.due()).isEqualTo(at("2026-03-04T00:00"));
        // Seven working days: 3 to 6 and 9 to 11 March.
        assertThat(reply.due()).isEqualTo(at("2026-03-12T00:00"));
        assertThat(reply.rule().source()).startsWith("State Grid service commitment");
    }

    @Test
    void the_state_grid_commitment_keeps_the_emergency_teams_30_minutes_and_the_seeds_limits_elsewhere() {
        var profile = DeadlinePolicy.stateGridCommitment();
        var consultation = facts(Severity.LEVEL_3, UtilityDomain.ELECTRICITY, ComplaintKind.CONSULTATION, Channel.WEB);

        assertThat(profile.ruleFor(ClockKind.FIRST_CONTACT, complaint(Severity.LEVEL_1)).orElseThrow().period().text())
                .isEqualTo("30m");
        assertThat(profile.ruleFor(ClockKind.REPLY, consultation).orElseThrow().period().text()).isEqualTo("3wd");
        assertThat(profile.ruleFor(ClockKind.CALLBACK, complaint(Severity.LEVEL_3)))
                .isEqualTo(SEED.ruleFor(ClockKind.CALLBACK, complaint(Severity.LEVEL_3)));
    }

    @Test
    void the_12345_hotline_answers_a_consultation_in_2_and_a_complaint_in_15_working_days() {
        var hotline = DeadlinePolicy.hotline12345();
        ComplaintClock consultation = received(Channel.CITY_HOTLINE_12345, "2026-03-02T09:00").under(hotline)
                .ofKind(ComplaintKind.CONSULTATION).register("2026-03-02T09:05").clock(ClockKind.REPLY, "2026-03-02T10:00");
        ComplaintClock complaint = received(Channel.CITY_HOTLINE_12345, "2026-03-02T09:00").under(hotline)
                .register("2026-03-02T09:05").clock(ClockKind.REPLY, "2026-03-02T10:00");

        // Tuesday 3 and Wednesday 4 March.
        assertThat(consultation.due()).isEqualTo(at("2026-03-05T00:00"));
        // 3-6, 9-13, 16-20 and 23 March.
        assertThat(complaint.due()).isEqualTo(at("2026-03-24T00:00"));
    }

    @Test
    void the_12345_hotline_calls_back_by_the_end_of_the_working_day_after_the_reply() {
        ComplaintClock callback = received(Channel.CITY_HOTLINE_12345, "2026-03-02T09:00")
                .under(DeadlinePolicy.hotline12345()).register("2026-03-02T09:05").accept("2026-03-02T09:10")
                .dispatch("2026-03-02T09:20").investigate("2026-03-04T10:00", InvestigationMethod.SITE_INSPECTION)
                .find("2026-03-05T10:00").resolve("2026-03-06T10:00").reply("2026-03-06T14:00")
                .clock(ClockKind.CALLBACK, "2026-03-06T15:00");

        // Replied on Friday: the next working day is Monday 9 March.
        assertThat(callback.due()).isEqualTo(at("2026-03-10T00:00"));
    }

    @Test
    void the_review_window_can_follow_the_handling_policy() {
        var profile = DeadlinePolicy.stateGridCommitment().withReviewWindow(Duration.ofDays(15));

        assertThat(profile.ruleFor(ClockKind.REVIEW_WINDOW, complaint(Severity.LEVEL_3)).orElseThrow().period())
                .isEqualTo(new Period.WallClock(Duration.ofDays(15)));
        assertThat(profile.name()).isEqualTo(DeadlinePolicy.STATE_GRID_COMMITMENT);
        assertThat(profile.ruleFor(ClockKind.REPLY, complaint(Severity.LEVEL_3)).orElseThrow().period().text())
                .isEqualTo("7wd");
    }

    @Test
    void the_shipped_policies_are_known_by_name() {
        assertThat(DeadlinePolicy.shipped()).containsOnlyKeys(DeadlinePolicy.SEED, DeadlinePolicy.STATE_GRID_COMMITMENT,
                DeadlinePolicy.HOTLINE_12345);
        assertThat(DeadlinePolicy.hotline12345().base()).contains(SEED);
    }

    @Test
    void the_level_1_rules_are_scoped_to_level_1() {
        assertThat(SEED.rules()).filteredOn(r -> r.scope().severities().contains(Severity.LEVEL_1))
                .extracting(ClockRule::kind)
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(ClockKind.FORWARD_TO_DEPARTMENT,
                        ClockKind.FIRST_CONTACT, ClockKind.CALLBACK, ClockKind.FOLLOW_UP, ClockKind.PROGRESS_UPDATE));
    }
}
