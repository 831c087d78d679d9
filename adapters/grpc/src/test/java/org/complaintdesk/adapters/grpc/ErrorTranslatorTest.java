package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RequestInfo;
import com.google.rpc.ResourceInfo;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.complaintdesk.application.complaint.ComplaintOutOfReachException;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.publicview.PublicComplaintNotFoundException;
import org.complaintdesk.application.publicview.VerificationLockedException;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.application.request.RequestIdReusedException;
import org.complaintdesk.domain.complaint.AcceptanceAndDispatch;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.Step;
import org.complaintdesk.domain.complaint.StepNotPermittedException;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.DomainException;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ErrorTranslatorTest {
    private static final String CORRELATION_ID = "corr-42";
    private static final String ROW_VALUES = "duplicate key value violates unique constraint \"uq_phone\"\n"
            + "  Detail: Key (phone_number)=(13812345678) already exists.";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorTranslator.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void invalid_input_is_invalid_argument_with_one_field_violation_per_broken_rule() {
        Status status = ErrorTranslator.toStatus(new InvalidValueException(List.of(
                new FieldViolation("complaint.topic", "TOO_LONG", "must be at most 100 characters"),
                new FieldViolation("complaint.complainant.phone_number", "FORMAT", "must be a mainland mobile number"))),
                CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
        assertThat(StatusDetails.only(status, BadRequest.class).getFieldViolationsList())
                .extracting(BadRequest.FieldViolation::getField, BadRequest.FieldViolation::getDescription)
                .containsExactly(
                        tuple("complaint.topic", "must be at most 100 characters (TOO_LONG)"),
                        tuple("complaint.complainant.phone_number",
                                "must be a mainland mobile number (FORMAT)"));
        assertThat(status.getDetailsCount()).isEqualTo(1);
    }

    @Test
    void a_reused_request_id_is_invalid_argument_with_reason_request_id_reused() {
        Status status = ErrorTranslator.toStatus(new RequestIdReusedException(new RequestId("req-1")), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
        ErrorInfo info = StatusDetails.only(status, ErrorInfo.class);
        assertThat(info.getDomain()).isEqualTo("complaintdesk.example.com");
        assertThat(info.getReason()).isEqualTo("REQUEST_ID_REUSED");
        assertThat(info.getMetadataMap()).containsEntry("request_id", "req-1");
    }

    @Test
    void a_complaint_out_of_reach_or_unknown_is_permission_denied_with_the_unit_and_the_resource_as_requested() {
        Status status = ErrorTranslator.toStatus(new ComplaintOutOfReachException("TS20261123000999",
                new OrgUnitId("gridco/west")), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.PERMISSION_DENIED_VALUE);
        ErrorInfo reason = StatusDetails.only(status, ErrorInfo.class);
        assertThat(reason.getReason()).isEqualTo("COMPLAINT_OUT_OF_REACH");
        assertThat(reason.getMetadataMap()).containsEntry("org_unit", "gridco/west");
        ResourceInfo info = StatusDetails.only(status, ResourceInfo.class);
        assertThat(info.getResourceType()).isEqualTo("complaintdesk.example.com/Complaint");
        assertThat(info.getResourceName()).isEqualTo("complaints/TS20261123000999");
    }

    @Test
    void a_write_without_a_user_is_unauthenticated() {
        Status status = ErrorTranslator.toStatus(new CallerNotIdentifiedException("x-user-id"), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.UNAUTHENTICATED_VALUE);
        assertThat(status.getMessage()).contains("x-user-id");
        assertThat(StatusDetails.only(status, ErrorInfo.class).getReason()).isEqualTo("CALLER_NOT_IDENTIFIED");
    }

    @Test
    void a_refused_token_is_unauthenticated_with_the_failed_check_as_reason_and_the_claim_it_concerns() {
        Status status = ErrorTranslator.toStatus(new TokenRefusedException(TokenCheck.TOKEN_CLAIMS_MISSING, "realm_access.roles"),
                CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.UNAUTHENTICATED_VALUE);
        ErrorInfo info = StatusDetails.only(status, ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("TOKEN_CLAIMS_MISSING");
        assertThat(info.getMetadataMap()).containsExactly(java.util.Map.entry("claim", "realm_access.roles"));
    }

    @Test
    void unreachable_issuer_keys_are_unavailable_so_that_the_caller_retries() {
        Status status = ErrorTranslator.toStatus(new TokenRefusedException(TokenCheck.TOKEN_KEYS_UNAVAILABLE), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.UNAVAILABLE_VALUE);
        assertThat(StatusDetails.only(status, ErrorInfo.class).getReason()).isEqualTo("TOKEN_KEYS_UNAVAILABLE");
    }

    @Test
    void no_matching_complaint_for_a_public_view_is_not_found_with_one_reason_and_nothing_quoted() {
        Status status = ErrorTranslator.toStatus(new PublicComplaintNotFoundException(), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.NOT_FOUND_VALUE);
        assertThat(status.getMessage()).isEqualTo(PublicComplaintNotFoundException.MESSAGE);
        assertThat(status.getDetailsList()).hasSize(1);
        assertThat(StatusDetails.only(status, ErrorInfo.class).getReason()).isEqualTo("NO_MATCHING_COMPLAINT");
    }

    @Test
    void a_locked_ticket_is_resource_exhausted_with_the_delay_in_whole_seconds_rounded_up() {
        Status status = ErrorTranslator.toStatus(new VerificationLockedException(java.time.Duration.ofMillis(26_001)),
                CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.RESOURCE_EXHAUSTED_VALUE);
        assertThat(StatusDetails.only(status, ErrorInfo.class).getReason()).isEqualTo("TOO_MANY_VERIFICATION_FAILURES");
        assertThat(StatusDetails.only(status, RetryInfo.class).getRetryDelay().getSeconds()).isEqualTo(27);
        assertThat(status.getMessage()).as("the message says the same").contains("try again in 27 seconds");
        assertThat(StatusDetails.only(
                ErrorTranslator.toStatus(new VerificationLockedException(java.time.Duration.ofMillis(200)), CORRELATION_ID),
                RetryInfo.class).getRetryDelay().getSeconds()).as("never 0: a client would retry at once").isEqualTo(1);
    }

    @Test
    void a_role_the_token_does_not_grant_is_permission_denied_naming_the_header() {
        Status status = ErrorTranslator.toStatus(new ActingIdentityNotGrantedException(
                ActingIdentityNotGrantedException.ROLE_NOT_GRANTED, "x-user-role", "not granted"), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.PERMISSION_DENIED_VALUE);
        ErrorInfo info = StatusDetails.only(status, ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_GRANTED");
        assertThat(info.getMetadataMap()).containsEntry("header", "x-user-role");
    }

    @Test
    void a_step_without_role_and_unit_is_unauthenticated_naming_both_headers() {
        Status status = ErrorTranslator.toStatus(
                new CallerNotIdentifiedException(List.of("x-user-role", "x-org-unit")), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.UNAUTHENTICATED_VALUE);
        assertThat(StatusDetails.only(status, ErrorInfo.class).getMetadataMap())
                .containsEntry("header", "x-user-role,x-org-unit");
    }

    @Test
    void a_step_the_state_does_not_allow_is_failed_precondition_with_the_rule_and_the_current_state() {
        var refused = new IllegalTransitionException(AcceptanceAndDispatch.DISPATCH_BEFORE_ACCEPTANCE, Step.DISPATCH,
                ComplaintState.RESOLUTION_PROPOSED, "only an accepted complaint can be dispatched");

        Status status = ErrorTranslator.toStatus(refused, CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.FAILED_PRECONDITION_VALUE);
        ErrorInfo info = StatusDetails.only(status, ErrorInfo.class);
        assertThat(info.getDomain()).isEqualTo("complaintdesk.example.com");
        assertThat(info.getReason()).isEqualTo("DISPATCH_BEFORE_ACCEPTANCE");
        assertThat(info.getMetadataMap()).containsExactly(entry("current_state", "STATE_RESOLUTION_PROPOSED"));
        assertThat(status.getMessage()).contains("RESOLUTION_PROPOSED");
    }

    @Test
    void a_step_the_role_may_not_take_is_permission_denied_with_the_role_and_the_permitted_roles() {
        var denied = new StepNotPermittedException(StepNotPermittedException.ROLE_NOT_PERMITTED, Step.APPROVE_RESOLUTION,
                Role.HANDLER, Set.of(Role.DIRECTOR, Role.SUPERVISOR), "a handler does not approve");

        Status status = ErrorTranslator.toStatus(denied, CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.PERMISSION_DENIED_VALUE);
        ErrorInfo info = StatusDetails.only(status, ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("ROLE_NOT_PERMITTED");
        assertThat(info.getMetadataMap())
                .containsEntry("role", "HANDLER")
                .containsEntry("permitted_roles", "SUPERVISOR,DIRECTOR");
    }

    @Test
    void a_stale_etag_is_aborted_with_the_current_etag_when_it_is_known() {
        Status known = ErrorTranslator.toStatus(new StaleEtagException(Complaints.ID, 3, Optional.of(5L)), CORRELATION_ID);
        Status unknown = ErrorTranslator.toStatus(new StaleEtagException(Complaints.ID, 3, Optional.empty()), CORRELATION_ID);

        assertThat(known.getCode()).isEqualTo(Code.ABORTED_VALUE);
        assertThat(StatusDetails.only(known, ErrorInfo.class).getReason()).isEqualTo("ETAG_MISMATCH");
        assertThat(StatusDetails.only(known, ErrorInfo.class).getMetadataMap()).containsExactly(entry("current_etag", "5"));
        assertThat(unknown.getCode()).isEqualTo(Code.ABORTED_VALUE);
        assertThat(StatusDetails.only(unknown, ErrorInfo.class).getMetadataMap()).isEmpty();
    }

    @Test
    void any_other_refusal_of_the_domain_is_failed_precondition_named_by_its_rule() {
        Status status = ErrorTranslator.toStatus(new CallbackBeforeReply(), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.FAILED_PRECONDITION_VALUE);
        ErrorInfo info = StatusDetails.only(status, ErrorInfo.class);
        assertThat(info.getDomain()).isEqualTo("complaintdesk.example.com");
        assertThat(info.getReason()).isEqualTo("CALLBACK_BEFORE_REPLY");
    }

    @Test
    void an_unexpected_failure_is_internal_with_only_the_correlation_id() {
        var failure = new IllegalStateException("connection to db-7.internal refused", new SQLException(ROW_VALUES, "23505"));

        Status status = ErrorTranslator.toStatus(failure, CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.INTERNAL_VALUE);
        assertThat(status.getMessage()).isEqualTo("internal error; correlation id corr-42");
        assertThat(status.getDetailsCount()).isEqualTo(1);
        assertThat(StatusDetails.only(status, RequestInfo.class).getRequestId()).isEqualTo(CORRELATION_ID);
        assertThat(status.toString()).doesNotContain("db-7", "13812345678", "IllegalStateException", "at org.");
    }

    @Test
    void an_unexpected_failure_is_logged_with_its_correlation_id_and_stack_trace() {
        var failure = new IllegalStateException("ticket sequence exhausted");

        ErrorTranslator.toStatus(failure, CORRELATION_ID);

        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).contains(CORRELATION_ID);
            String logged = ThrowableProxyUtil.asString(event.getThrowableProxy());
            assertThat(logged).contains("ticket sequence exhausted", "ErrorTranslatorTest");
        });
    }

    @Test
    void row_values_quoted_by_sql_exceptions_never_reach_the_log() {
        var sql = new SQLException(ROW_VALUES, "23505");
        var failure = new RuntimeException("insert failed: " + ROW_VALUES, new IllegalStateException(sql));

        ErrorTranslator.toStatus(failure, CORRELATION_ID);

        assertThat(log.list).singleElement().satisfies(event -> {
            String logged = ThrowableProxyUtil.asString(event.getThrowableProxy());
            assertThat(logged).doesNotContain("13812345678", "uq_phone")
                    .contains("insert failed", "java.sql.SQLException", "SQLState 23505", "ErrorTranslatorTest");
        });
    }

    @Test
    void refusals_are_answered_without_logging() {
        ErrorTranslator.toStatus(new CallbackBeforeReply(), CORRELATION_ID);
        ErrorTranslator.toStatus(new InvalidValueException("request_id", "REQUIRED", "must not be blank"), CORRELATION_ID);

        assertThat(log.list).isEmpty();
    }

    /** A rule of a later version, standing in for any refusal without its own mapping. */
    private static final class CallbackBeforeReply extends DomainException {
        CallbackBeforeReply() {
            super("CALLBACK_BEFORE_REPLY", "the complainant is called back only after the reply");
        }
    }

    @Test
    void a_thousand_violations_give_a_short_message_a_bounded_list_and_the_count_of_the_rest() {
        List<FieldViolation> violations = IntStream.range(0, 1_000)
                .mapToObj(i -> new FieldViolation("co_handling_departments[" + i + "]", "REQUIRED", "must not be blank"))
                .toList();

        Status status = ErrorTranslator.toStatus(new InvalidValueException(violations), CORRELATION_ID);

        assertThat(status.getCode()).isEqualTo(Code.INVALID_ARGUMENT_VALUE);
        assertThat(status.getMessage())
                .startsWith("co_handling_departments[0]: must not be blank (REQUIRED); co_handling_departments[1]")
                .endsWith("; and 997 more violations")
                .hasSizeLessThan(300);
        assertThat(StatusDetails.violations(status))
                .hasSize(ErrorTranslator.MAX_DETAILED_VIOLATIONS)
                .startsWith("co_handling_departments[0] REQUIRED");
        assertThat(StatusDetails.only(status, ErrorInfo.class).getMetadataMap()).containsOnly(
                entry("violation_count", "1000"), entry("omitted_violations", "980"));
        assertThat(StatusDetails.only(status, ErrorInfo.class).getReason()).isEqualTo("VIOLATIONS_OMITTED");
        assertThat(status.getSerializedSize()).isLessThan(3_000);
    }

    @Test
    void long_violation_texts_are_cut_so_that_the_details_stay_small_whatever_the_input() {
        String longPath = "calendar_year.days[" + "9".repeat(5_000) + "]";
        List<FieldViolation> violations = IntStream.range(0, 50)
                .mapToObj(i -> new FieldViolation(longPath, "FORMAT", "x".repeat(10_000)))
                .toList();

        Status status = ErrorTranslator.toStatus(new InvalidValueException(violations), CORRELATION_ID);

        assertThat(status.getSerializedSize()).isLessThan(4_000);
        assertThat(StatusDetails.only(status, ErrorInfo.class).getMetadataMap())
                .containsEntry("violation_count", "50");
    }
}
