package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.complaintdesk.domain.complaint.Channel;
import org.complaintdesk.domain.complaint.ComplaintKind;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.UtilityDomain;
import org.complaintdesk.domain.deadline.ClockFacts;
import org.complaintdesk.domain.deadline.DeadlinePolicies;
import org.complaintdesk.domain.deadline.DeadlinePolicy;
import org.complaintdesk.domain.deadline.Period;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COMPLAINTS_DEADLINE_PROFILES and COMPLAINTS_DEADLINE_RULES_FILE. */
class DeadlineSettingsTest {
    private static final ClockFacts LETTER_COMPLAINT = facts(ComplaintKind.COMPLAINT);
    private static final ClockFacts LETTER_CONSULTATION = facts(ComplaintKind.CONSULTATION);

    /** Every reply within 10 working days of receipt; nothing else is timed. */
    private static final String TEN_DAY_REPLY = """
            # Our own limits, approved by the board on 2026-06-01.
            REPLY period=10wd pause=all once
                start=REGISTERED@receipt met=REPLIED stop=DECLINED,WITHDRAWN,CLOSED
                # board decision 2026-06-01: every reply within 10 working days
            """;

    @TempDir
    Path directory;

    @Test
    void without_settings_every_unit_is_timed_by_the_seed_defaults() {
        DeadlinePolicies policies = Config.fromEnvironment(Map.of()).deadlinePolicies();

        assertThat(policies.fallback().name()).isEqualTo(DeadlinePolicy.SEED);
        assertThat(policies.choices()).isEmpty();
    }

    @Test
    void units_choose_a_shipped_profile_and_the_most_specific_choice_wins() {
        DeadlinePolicies policies = Config.fromEnvironment(Map.of(DeadlineSettings.PROFILES,
                "gridco=state-grid-commitment, gridco/west=seed,city/12345=hotline-12345")).deadlinePolicies();

        assertThat(policies.forUnit(new OrgUnitId("gridco/east")).name()).isEqualTo(DeadlinePolicy.STATE_GRID_COMMITMENT);
        assertThat(policies.forUnit(new OrgUnitId("gridco/west/grid")).name()).isEqualTo(DeadlinePolicy.SEED);
        assertThat(policies.forUnit(new OrgUnitId("city/12345")).name()).isEqualTo(DeadlinePolicy.HOTLINE_12345);
        assertThat(policies.forUnit(new OrgUnitId("heatco")).name()).isEqualTo(DeadlinePolicy.SEED);
    }

    @Test
    void an_unknown_profile_is_refused_with_the_names_of_the_known_ones() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(DeadlineSettings.PROFILES, "gridco=fastest")))
                .hasMessageContaining("COMPLAINTS_DEADLINE_PROFILES")
                .hasMessageContaining("profiles[0].profile")
                .hasMessageContaining("UNKNOWN_PROFILE")
                .hasMessageContaining("hotline-12345, seed, state-grid-commitment");
    }

    @Test
    void a_rules_file_replaces_the_seed_defaults_and_the_profiles_lie_over_it() throws IOException {
        DeadlinePolicies policies = Config.fromEnvironment(Map.of(
                DeadlineSettings.RULES_FILE, write("rules.txt", TEN_DAY_REPLY),
                DeadlineSettings.PROFILES, "gridco=state-grid-commitment,gridco/legacy=seed")).deadlinePolicies();

        DeadlinePolicy own = policies.forUnit(new OrgUnitId("heatco"));
        assertThat(own.name()).isEqualTo(DeadlineSettings.RULES_FILE_POLICY);
        assertThat(own.ruleFor(ClockKind.REPLY, LETTER_COMPLAINT).orElseThrow().period()).isEqualTo(new Period.WorkingDays(10));
        assertThat(own.ruleFor(ClockKind.REGISTRATION, LETTER_COMPLAINT)).isEmpty();
        DeadlinePolicy stateGrid = policies.forUnit(new OrgUnitId("gridco/east"));
        // The commitment's 7 working days for complaints; where it says nothing, the file's rules.
        assertThat(stateGrid.ruleFor(ClockKind.REPLY, LETTER_COMPLAINT).orElseThrow().period())
                .isEqualTo(new Period.WorkingDays(7));
        assertThat(stateGrid.ruleFor(ClockKind.REPLY, LETTER_CONSULTATION).orElseThrow().period())
                .isEqualTo(new Period.WorkingDays(10));
        assertThat(policies.forUnit(new OrgUnitId("gridco/legacy")).ruleFor(ClockKind.REPLY, LETTER_COMPLAINT)
                .orElseThrow().period()).isEqualTo(new Period.WorkingDays(5));
    }

    @Test
    void a_bad_rule_in_the_file_is_reported_with_its_line() throws IOException {
        String file = write("bad.txt", TEN_DAY_REPLY.replace("period=10wd", "period=ten days"));

        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(DeadlineSettings.RULES_FILE, file)))
                .hasMessageContaining("COMPLAINTS_DEADLINE_RULES_FILE " + file)
                .hasMessageContaining("line 2.period")
                .hasMessageContaining("PERIOD_FORMAT");
    }

    @Test
    void a_rules_file_that_cannot_be_read_or_holds_no_rule_is_refused() throws IOException {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(DeadlineSettings.RULES_FILE,
                directory.resolve("missing.txt").toString())))
                .hasMessageContaining("COMPLAINTS_DEADLINE_RULES_FILE cannot be read (NoSuchFileException");
        String onlyComments = write("empty.txt", "# nothing decided yet\n");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of(DeadlineSettings.RULES_FILE, onlyComments)))
                .hasMessageContaining("NO_RULES");
    }

    @Test
    void the_review_window_clock_shows_the_window_of_the_handling_rules_in_every_profile() throws IOException {
        Config config = Config.fromEnvironment(Map.of("COMPLAINTS_REVIEW_WINDOW_DAYS", "15",
                DeadlineSettings.PROFILES, "gridco=state-grid-commitment"));

        DeadlinePolicies policies = DeadlineSettings.agreeingWith(config.handlingPolicy(), config.deadlinePolicies());

        var fifteenDays = new Period.WallClock(Duration.ofDays(15));
        assertThat(policies.forUnit(new OrgUnitId("heatco")).ruleFor(ClockKind.REVIEW_WINDOW, LETTER_COMPLAINT)
                .orElseThrow().period()).isEqualTo(fifteenDays);
        assertThat(policies.forUnit(new OrgUnitId("gridco")).ruleFor(ClockKind.REVIEW_WINDOW, LETTER_COMPLAINT)
                .orElseThrow().period()).isEqualTo(fifteenDays);
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text).toString();
    }

    private static ClockFacts facts(ComplaintKind kind) {
        return new ClockFacts(Instant.parse("2026-11-23T02:00:00Z"), Channel.LETTER, kind, UtilityDomain.ELECTRICITY,
                Severity.LEVEL_3);
    }
}
