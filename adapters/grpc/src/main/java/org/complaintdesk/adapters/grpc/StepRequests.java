package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.complaintdesk.application.request.RequestId;
import org.complaintdesk.domain.handling.Reason;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * What the step mappers share: the three fields every lifecycle request starts with, and the
 * checks for the kinds of field the steps take. Each check reports into the request's one
 * {@link Violations} under the field's proto name and returns null (or empty) after a refusal,
 * so that the client learns every mistake in one answer.
 */
final class StepRequests {
    static final String NAME = "name";
    static final String TOO_MANY = "TOO_MANY";

    private StepRequests() {
    }

    /** The complaint, version and request id a step is asked for; every part is set once the violations are empty. */
    record Target(ComplaintName name, Long etag, RequestId requestId) {
    }

    static Target target(String name, String etag, String requestId, Violations violations) {
        return new Target(
                violations.check(NAME, () -> ComplaintName.parse(NAME, name)),
                violations.check(Etag.FIELD, () -> Etag.parse(etag)),
                violations.check(RequestId.FIELD, () -> new RequestId(requestId)));
    }

    /** A REQUIRED free text of a step (at most 4000 characters). */
    static Statement statement(String field, String raw, Violations violations) {
        return violations.check(field, () -> new Statement(raw));
    }

    /** An OPTIONAL free text of a step: blank means none. */
    static Optional<Statement> optionalStatement(String field, String raw, Violations violations) {
        return optional(field, raw, Statement::new, violations);
    }

    /** A REQUIRED reason recorded beside a change (at most 500 characters). */
    static Reason briefReason(String field, String raw, Violations violations) {
        return violations.check(field, () -> Reason.brief(raw));
    }

    /** A REQUIRED reason for a refusal or a withdrawal (at most 4000 characters). */
    static Reason reason(String field, String raw, Violations violations) {
        return violations.check(field, () -> new Reason(raw));
    }

    /** An OPTIONAL string: blank means absent, anything else must be a valid value. */
    static <T> Optional<T> optional(String field, String raw, Function<String, T> build, Violations violations) {
        if (raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(violations.check(field, () -> build.apply(raw)));
    }

    /** A REQUIRED timestamp; {@code present} is the message's has-method, since an unset Timestamp reads as 1970. */
    static Instant time(String field, boolean present, Timestamp timestamp, Violations violations) {
        if (!present) {
            violations.add(field, Text.REQUIRED, "must be set");
            return null;
        }
        return violations.check(field, () -> ProtoTime.toInstant(field, timestamp));
    }

    /**
     * The entries of a repeated field, each built and checked on its own path
     * ({@code participants[2]}); null if the field has more than {@code max} entries or any entry
     * was refused.
     */
    static <T> List<T> entries(String field, List<String> raw, int max, Function<String, T> build, Violations violations) {
        List<T> built = entriesAsGiven(field, raw, max, build, violations);
        return raw.size() > max || built.contains(null) ? null : List.copyOf(built);
    }

    /**
     * Like {@link #entries}, but the entries as given even after a refusal, with null in the place
     * of each entry that was refused: for the rules across the entries, judged on those that
     * were read so that they are reported with the others.
     */
    static <T> List<T> entriesAsGiven(String field, List<String> raw, int max, Function<String, T> build,
                                      Violations violations) {
        if (raw.size() > max) {
            violations.add(field, TOO_MANY, "must have at most " + max + " entries");
        }
        var built = new ArrayList<T>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String entry = raw.get(i);
            built.add(violations.check(field + "[" + i + "]", () -> build.apply(entry)));
        }
        return Collections.unmodifiableList(built);
    }
}
