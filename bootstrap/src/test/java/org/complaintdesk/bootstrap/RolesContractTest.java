package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.application.publicview.GetPublicComplaintView;
import org.complaintdesk.domain.complaint.PersonalDataPolicy;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.complaint.Step;
import org.complaintdesk.domain.complaint.StepPolicy;
import org.complaintdesk.domain.organisation.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call which method is said in three places besides the code: the contract's `// Roles:`
 * line of each method, and README's table. Both are read here and held against {@link StepPolicy},
 * so that neither can drift from the rules the service applies.
 */
class RolesContractTest {
    private static final Path PROTO = Path.of("..", "proto", "src", "main", "protobuf", "complaintdesk", "v1");
    private static final Path README = Path.of("..", "README.md");

    /** The methods of the contract that take a step (registration and the lifecycle), and the step each takes. */
    private static final Map<String, Step> STEPS = Map.ofEntries(
            Map.entry("CreateComplaint", Step.REGISTER),
            Map.entry("AcceptComplaint", Step.ACCEPT),
            Map.entry("DeclineComplaint", Step.DECLINE),
            Map.entry("ReclassifyComplaint", Step.RECLASSIFY),
            Map.entry("ChangeComplaintSeverity", Step.CHANGE_SEVERITY),
            Map.entry("DispatchComplaint", Step.DISPATCH),
            Map.entry("ReturnComplaint", Step.RETURN),
            Map.entry("RedispatchComplaint", Step.REDISPATCH),
            Map.entry("RecordComplaintContact", Step.RECORD_CONTACT),
            Map.entry("RecordComplaintInvestigation", Step.RECORD_INVESTIGATION),
            Map.entry("RecordComplaintFinding", Step.RECORD_FINDING),
            Map.entry("ProposeComplaintResolution", Step.PROPOSE_RESOLUTION),
            Map.entry("ApproveComplaintResolution", Step.APPROVE_RESOLUTION),
            Map.entry("SendBackComplaintResolution", Step.SEND_BACK_RESOLUTION),
            Map.entry("ReplyToComplaint", Step.REPLY),
            Map.entry("RecordComplaintCallback", Step.RECORD_CALLBACK),
            Map.entry("RequestComplaintReview", Step.REQUEST_REVIEW),
            Map.entry("ConcludeComplaintReview", Step.CONCLUDE_REVIEW),
            Map.entry("WaitOnComplainant", Step.WAIT_ON_COMPLAINANT),
            Map.entry("ResumeComplaintHandling", Step.RESUME_HANDLING),
            Map.entry("UrgeComplaint", Step.URGE),
            Map.entry("RequestClockExtension", Step.REQUEST_EXTENSION),
            Map.entry("ApproveClockExtension", Step.APPROVE_EXTENSION),
            Map.entry("RejectClockExtension", Step.REJECT_EXTENSION),
            Map.entry("WithdrawComplaint", Step.WITHDRAW),
            Map.entry("CloseComplaint", Step.CLOSE),
            Map.entry("ArchiveComplaint", Step.ARCHIVE));
    /** Steps only the service itself takes, through its clock monitor: no method of the contract. */
    private static final Set<Step> MONITOR_STEPS = EnumSet.of(Step.SUPERVISE, Step.RETIME_CLOCKS,
            Step.NOTE_NOTICE_UNCONFIRMED);
    /** The gateways' method, which takes one of two steps by the outcome it reports. */
    private static final String NOTICE_REPORTS = "ReportNoticeDelivery";
    private static final Set<Step> NOTICE_REPORT_STEPS = EnumSet.of(Step.REPORT_NOTICE_DELIVERED,
            Step.REPORT_NOTICE_FAILED);

    private static final Pattern RPC = Pattern.compile("^\\s*rpc (\\w+)\\(");
    private static final Pattern QUOTED = Pattern.compile("`(\\w+)`");
    private static final Pattern README_ROW = Pattern.compile("^\\| `(\\w+)` \\| ([^|]*) \\|([^|]*)\\|$");

    private static Map<String, String> contractRoleLines;
    private static Map<String, String[]> readmeRows;

    @BeforeAll
    static void read() throws IOException {
        contractRoleLines = new TreeMap<>();
        for (String file : List.of("complaint_service.proto", "calendar_service.proto", "complainant_view.proto")) {
            contractRoleLines.putAll(roleLines(Files.readAllLines(PROTO.resolve(file))));
        }
        readmeRows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(README)) {
            Matcher row = README_ROW.matcher(line);
            if (row.matches()) {
                readmeRows.put(row.group(1), new String[] {row.group(2), row.group(3)});
            }
        }
    }

    @Test
    void every_step_a_caller_takes_has_a_method_in_the_contract() {
        Set<Step> covered = EnumSet.copyOf(STEPS.values());
        covered.addAll(MONITOR_STEPS);
        covered.addAll(NOTICE_REPORT_STEPS);
        assertThat(covered).containsExactlyInAnyOrder(Step.values());
    }

    @Test
    void the_contract_lists_for_each_lifecycle_method_the_roles_the_policy_permits() {
        assertThat(contractRoleLines.keySet()).containsAll(STEPS.keySet());
        STEPS.forEach((method, step) -> assertThat(roles(contractRoleLines.get(method)))
                .as("// Roles: of " + method).isEqualTo(StepPolicy.roles(step)));
    }

    @Test
    void the_contract_lists_who_reports_on_a_notice_as_the_policy_permits_both_its_steps() {
        for (Step step : NOTICE_REPORT_STEPS) {
            assertThat(roles(contractRoleLines.get(NOTICE_REPORTS))).as("// Roles: of " + NOTICE_REPORTS + " for " + step)
                    .isEqualTo(StepPolicy.roles(step));
        }
    }

    @Test
    void the_contract_says_which_methods_a_handler_takes_only_for_their_department() {
        STEPS.forEach((method, step) -> {
            String line = contractRoleLines.get(method);
            boolean limited = line.contains("`HANDLER` (of a handling department)")
                    || line.contains("`HANDLER` (of the lead department only)");
            assertThat(limited).as("// Roles: of " + method + " names the handler's department")
                    .isEqualTo(StepPolicy.roles(step).contains(Role.HANDLER)
                            && StepPolicy.limitedToHandlingDepartments(step));
        });
    }

    @Test
    void the_contract_says_a_level_1_resolution_is_decided_by_the_director_only() {
        for (Step step : List.of(Step.APPROVE_RESOLUTION, Step.SEND_BACK_RESOLUTION)) {
            assertThat(StepPolicy.deciders(step, Severity.LEVEL_1)).containsExactly(Role.DIRECTOR);
        }
        assertThat(contractRoleLines.get("ApproveComplaintResolution"))
                .contains("for a `SEVERITY_LEVEL_1` complaint `DIRECTOR` only");
        assertThat(contractRoleLines.get("SendBackComplaintResolution")).contains("`SEVERITY_LEVEL_1`");
    }

    @Test
    void the_contract_and_the_readme_list_who_reads_the_record_of_personal_data_access() {
        assertThat(roles(contractRoleLines.get("ListPersonalDataAccesses"))).isEqualTo(PersonalDataPolicy.auditors());
        assertThat(roles(readmeRows.get("ListPersonalDataAccesses")[0])).isEqualTo(PersonalDataPolicy.auditors());
    }

    @Test
    void the_contract_lists_who_may_change_the_calendar() {
        assertThat(roles(contractRoleLines.get("UpdateCalendarYear"))).isEqualTo(UpdateCalendarYear.PERMITTED_ROLES);
    }

    @Test
    void the_contract_says_only_a_portal_asks_for_the_public_view() {
        assertThat(roles(contractRoleLines.get("GetComplaintStatus"))).isEqualTo(GetPublicComplaintView.PERMITTED_ROLES)
                .containsExactly(Role.PORTAL);
    }

    @Test
    void the_readme_table_lists_for_each_lifecycle_method_the_roles_the_policy_permits() {
        assertThat(readmeRows.keySet()).containsAll(STEPS.keySet());
        STEPS.forEach((method, step) -> assertThat(roles(readmeRows.get(method)[0]))
                .as("README row of " + method).isEqualTo(StepPolicy.roles(step)));
        assertThat(roles(readmeRows.get("UpdateCalendarYear")[0])).isEqualTo(UpdateCalendarYear.PERMITTED_ROLES);
    }

    @Test
    void the_readme_table_says_where_a_handler_acts_only_for_their_department() {
        STEPS.forEach((method, step) -> assertThat(readmeRows.get(method)[1].contains("department"))
                .as("README row of " + method + " names the handler's department")
                .isEqualTo(StepPolicy.roles(step).contains(Role.HANDLER)
                        && StepPolicy.limitedToHandlingDepartments(step)));
    }

    /** Each rpc's `// Roles:` line, from the comment right above it. */
    private static Map<String, String> roleLines(List<String> lines) {
        Map<String, String> found = new TreeMap<>();
        String pending = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("// Roles:")) {
                pending = trimmed;
            } else if (RPC.matcher(line).find()) {
                Matcher rpc = RPC.matcher(line);
                rpc.find();
                if (pending != null) {
                    found.put(rpc.group(1), pending);
                }
                pending = null;
            } else if (!trimmed.startsWith("//")) {
                pending = null;
            }
        }
        return found;
    }

    /** The role names quoted in a text, ignoring any other quoted word. */
    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            for (Role role : Role.values()) {
                if (role.name().equals(quoted.group(1))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
