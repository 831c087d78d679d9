package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RequestInfo;
import com.google.rpc.ResourceInfo;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.application.calendar.CalendarYearNotFoundException;
import org.complaintdesk.application.calendar.StaleCalendarYearException;
import org.complaintdesk.application.complaint.ComplaintOutOfReachException;
import org.complaintdesk.application.event.PositionOutOfRangeException;
import org.complaintdesk.application.event.UnitOutOfReachException;
import org.complaintdesk.application.handling.StaleEtagException;
import org.complaintdesk.application.notice.NoticeNotFoundException;
import org.complaintdesk.application.publicview.PublicComplaintNotFoundException;
import org.complaintdesk.application.publicview.VerificationLockedException;
import org.complaintdesk.application.request.RequestIdReusedException;
import org.complaintdesk.application.request.RoleNotPermittedException;
import org.complaintdesk.domain.complaint.IllegalTransitionException;
import org.complaintdesk.domain.complaint.StepNotPermittedException;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.validation.DomainException;
import org.complaintdesk.domain.validation.FieldViolation;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become gRPC statuses with {@code google.rpc} details, as the
 * contract's "Errors" section promises. Messages and details never carry personal data: domain
 * messages never repeat rejected values, and anything unexpected is answered with the
 * correlation id only, while its stack trace goes to the log.
 */
final class ErrorTranslator {
    static final String ERROR_DOMAIN = "complaintdesk.example.com";
    static final String COMPLAINT_RESOURCE_TYPE = "complaintdesk.example.com/Complaint";
    static final String CALENDAR_YEAR_RESOURCE_TYPE = "complaintdesk.example.com/CalendarYear";
    /** The reason of the ErrorInfo that counts the violations a BadRequest leaves out. */
    static final String VIOLATIONS_OMITTED = "VIOLATIONS_OMITTED";
    static final int MAX_DETAILED_VIOLATIONS = 20;
    /** Field violations stop before their serialized size passes this (base64 in the trailers adds a third). */
    static final int DETAILS_BUDGET_BYTES = 2_048;
    static final int MAX_VIOLATIONS_IN_MESSAGE = 3;
    static final int MAX_TEXT_LENGTH = 160;

    private static final Logger log = LoggerFactory.getLogger(ErrorTranslator.class);

    private ErrorTranslator() {
    }

    static StatusRuntimeException toStatusException(Throwable failure, String correlationId) {
        return StatusProto.toStatusRuntimeException(toStatus(failure, correlationId));
    }

    static Status toStatus(Throwable failure, String correlationId) {
        return switch (failure) {
            case InvalidValueException invalid -> badRequest(invalid);
            case RequestIdReusedException reused -> status(Code.INVALID_ARGUMENT, reused.getMessage(),
                    errorInfo(reused.rule()).putMetadata("request_id", reused.requestId().value()).build());
            case ComplaintOutOfReachException outOfReach -> outOfReach(outOfReach);
            case CallerNotIdentifiedException anonymous -> status(Code.UNAUTHENTICATED, anonymous.getMessage(),
                    errorInfo(CallerNotIdentifiedException.REASON)
                            .putMetadata("header", String.join(",", anonymous.headers())).build());
            case TokenRefusedException refused -> tokenRefused(refused);
            case ActingIdentityNotGrantedException notGranted -> status(Code.PERMISSION_DENIED, notGranted.getMessage(),
                    errorInfo(notGranted.rule()).putMetadata("header", notGranted.header()).build());
            case StepNotPermittedException denied -> status(Code.PERMISSION_DENIED, denied.getMessage(),
                    errorInfo(denied.rule())
                            .putMetadata("role", denied.role().name())
                            .putMetadata("permitted_roles", roles(denied.permittedRoles())).build());
            case RoleNotPermittedException denied -> status(Code.PERMISSION_DENIED, denied.getMessage(),
                    errorInfo(denied.rule())
                            .putMetadata("role", denied.role().name())
                            .putMetadata("permitted_roles", roles(denied.permittedRoles())).build());
            case UnitOutOfReachException outOfReach -> status(Code.PERMISSION_DENIED, outOfReach.getMessage(),
                    errorInfo(outOfReach.rule()).putMetadata("org_unit", outOfReach.asked().value()).build());
            case PositionOutOfRangeException beyond -> status(Code.OUT_OF_RANGE, beyond.getMessage(),
                    errorInfo("POSITION_OUT_OF_RANGE").putMetadata("last_position", Long.toString(beyond.last())).build());
            case StaleEtagException stale -> aborted(stale.rule(), stale.getMessage(), stale.currentVersion());
            case StaleCalendarYearException stale -> aborted(stale.rule(), stale.getMessage(), stale.currentVersion());
            case CalendarYearNotFoundException notFound -> status(Code.NOT_FOUND, notFound.getMessage(),
                    ResourceInfo.newBuilder()
                            .setResourceType(CALENDAR_YEAR_RESOURCE_TYPE)
                            .setResourceName(CalendarYearName.of(notFound.year()))
                            .setDescription("no arrangement is stored for this year")
                            .build());
            case NoticeNotFoundException notFound -> status(Code.NOT_FOUND, notFound.getMessage(),
                    ResourceInfo.newBuilder()
                            .setResourceType(NoticeMapper.NOTICE_RESOURCE_TYPE)
                            .setResourceName(NoticeName.of(notFound.complaint(), notFound.notice()))
                            .setDescription("the complaint has no notice of this id")
                            .build());
            // One answer whether the code was wrong or the ticket unknown: nothing to tell them apart.
            case PublicComplaintNotFoundException notFound -> status(Code.NOT_FOUND, notFound.getMessage(),
                    errorInfo(notFound.rule()).build());
            case VerificationLockedException locked -> locked(locked);
            case IllegalTransitionException illegal -> status(Code.FAILED_PRECONDITION, illegal.getMessage(),
                    errorInfo(illegal.rule())
                            .putMetadata("current_state", ProtoEnums.STATE.toProto(illegal.currentState()).name()).build());
            // Any other rule of the domain is a refusal of the complaint as it stands.
            case DomainException refused -> status(Code.FAILED_PRECONDITION, refused.getMessage(),
                    errorInfo(refused.rule()).build());
            default -> internal(failure, correlationId);
        };
    }

    /**
     * Every violation would make trailers of megabytes for a request with many bad entries, which
     * clients refuse (grpc-java's default limit for all headers is 8 KiB): the message names the
     * first few, the details list a bounded number and an ErrorInfo counts the rest.
     */
    private static Status badRequest(InvalidValueException invalid) {
        List<FieldViolation> violations = invalid.violations();
        BadRequest.Builder badRequest = BadRequest.newBuilder();
        int size = 0;
        for (FieldViolation violation : violations) {
            var detailed = BadRequest.FieldViolation.newBuilder()
                    .setField(bounded(violation.field()))
                    .setDescription(bounded(violation.message()) + " (" + bounded(violation.rule()) + ")")
                    .build();
            size += detailed.getSerializedSize();
            if (badRequest.getFieldViolationsCount() == MAX_DETAILED_VIOLATIONS || size > DETAILS_BUDGET_BYTES) {
                break;
            }
            badRequest.addFieldViolations(detailed);
        }
        Status.Builder status = Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT.getNumber())
                .setMessage(summary(violations))
                .addDetails(Any.pack(badRequest.build()));
        int omitted = violations.size() - badRequest.getFieldViolationsCount();
        if (omitted > 0) {
            status.addDetails(Any.pack(errorInfo(VIOLATIONS_OMITTED)
                    .putMetadata("violation_count", Integer.toString(violations.size()))
                    .putMetadata("omitted_violations", Integer.toString(omitted))
                    .build()));
        }
        return status.build();
    }

    private static String summary(List<FieldViolation> violations) {
        StringBuilder text = new StringBuilder();
        for (FieldViolation v : violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS_IN_MESSAGE))) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(bounded(v.field())).append(": ").append(bounded(v.message()))
                    .append(" (").append(bounded(v.rule())).append(')');
        }
        int rest = violations.size() - MAX_VIOLATIONS_IN_MESSAGE;
        if (rest > 0) {
            text.append("; and ").append(rest).append(rest == 1 ? " more violation" : " more violations");
        }
        return text.toString();
    }

    /** Field paths and messages are the service's own, but a path can repeat a key the caller chose. */
    private static String bounded(String text) {
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        int end = MAX_TEXT_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static Status tokenRefused(TokenRefusedException refused) {
        ErrorInfo.Builder info = errorInfo(refused.check().name());
        refused.claim().ifPresent(claim -> info.putMetadata("claim", claim));
        // The issuer's keys being out of reach says nothing about the caller: it may retry.
        Code code = refused.check() == TokenCheck.TOKEN_KEYS_UNAVAILABLE ? Code.UNAVAILABLE : Code.UNAUTHENTICATED;
        return status(code, refused.getMessage(), info.build());
    }

    private static Status aborted(String rule, String message, Optional<Long> currentVersion) {
        ErrorInfo.Builder info = errorInfo(rule);
        // A conditional write that lost a race does not learn the version that beat it.
        currentVersion.ifPresent(version -> info.putMetadata("current_etag", Etag.of(version)));
        return status(Code.ABORTED, message, info.build());
    }

    /** Roles as the x-user-role header spells them, in the order of the enum, so that the text is stable. */
    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    /**
     * PERMISSION_DENIED whether or not the complaint exists (AIP-211), with two details: ErrorInfo
     * can only be read in full from the Status, so ResourceInfo names what was asked for.
     */
    private static Status outOfReach(ComplaintOutOfReachException outOfReach) {
        // The id or ticket number is exactly what followed "complaints/" in the requested name.
        String name = ComplaintName.PREFIX + outOfReach.lookupKey();
        return Status.newBuilder()
                .setCode(Code.PERMISSION_DENIED.getNumber())
                .setMessage(outOfReach.getMessage())
                .addDetails(Any.pack(errorInfo(outOfReach.rule())
                        .putMetadata("org_unit", outOfReach.unit().value()).build()))
                .addDetails(Any.pack(ResourceInfo.newBuilder()
                        .setResourceType(COMPLAINT_RESOURCE_TYPE)
                        .setResourceName(name)
                        .setDescription("not within the reach of the caller's unit, or no such complaint")
                        .build()))
                .build();
    }

    private static Status locked(VerificationLockedException locked) {
        long seconds = locked.retryAfterSeconds();
        return Status.newBuilder()
                .setCode(Code.RESOURCE_EXHAUSTED.getNumber())
                .setMessage(locked.getMessage())
                .addDetails(Any.pack(errorInfo(locked.rule()).build()))
                .addDetails(Any.pack(RetryInfo.newBuilder()
                        .setRetryDelay(com.google.protobuf.Duration.newBuilder().setSeconds(seconds)).build()))
                .build();
    }

    private static Status internal(Throwable failure, String correlationId) {
        // SQL exceptions can quote row values, i.e. personal data: the log gets them redacted.
        log.error("unexpected failure; correlation id {}", correlationId, RedactedFailure.of(failure));
        return status(Code.INTERNAL, "internal error; correlation id " + correlationId,
                RequestInfo.newBuilder().setRequestId(correlationId).build());
    }

    private static ErrorInfo.Builder errorInfo(String reason) {
        return ErrorInfo.newBuilder().setDomain(ERROR_DOMAIN).setReason(reason);
    }

    private static Status status(Code code, String message, com.google.protobuf.Message detail) {
        return Status.newBuilder()
                .setCode(code.getNumber())
                .setMessage(message)
                .addDetails(Any.pack(detail))
                .build();
    }
}
