package org.complaintdesk.adapters.grpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * Who makes a call: the user its bearer token names, and the role and unit it acts in (chosen with
 * the {@code x-user-role} and {@code x-org-unit} headers among those the token grants; see
 * {@link BearerTokenAuthenticator}). Role and unit may be missing: the deadline preview needs
 * neither; every method on complaints needs both.
 */
record Caller(Optional<UserId> userId, Optional<Role> role, Optional<OrgUnitId> orgUnit) {
    static final String USER_ID_HEADER = "x-user-id";
    static final String USER_ROLE_HEADER = "x-user-role";
    static final String ORG_UNIT_HEADER = "x-org-unit";
    static final Caller ANONYMOUS = new Caller(Optional.empty(), Optional.empty(), Optional.empty());

    private static final String ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

    Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(orgUnit, "orgUnit");
    }

    /**
     * Reads the identity headers; a blank header counts as missing, like a blank field. Every bad
     * header is reported at once, under the header's name.
     *
     * @throws org.complaintdesk.domain.validation.InvalidValueException if a header is present but malformed
     */
    static Caller fromHeaders(String userId, String role, String orgUnit) {
        var violations = new Violations();
        Optional<UserId> user = present(userId).map(raw -> violations.check(USER_ID_HEADER, () -> new UserId(raw)));
        Optional<Role> parsedRole = present(role).map(raw -> parseRole(raw, violations));
        Optional<OrgUnitId> unit = present(orgUnit).map(raw -> violations.check(ORG_UNIT_HEADER, () -> new OrgUnitId(raw)));
        violations.throwIfAny();
        return new Caller(user, parsedRole, unit);
    }

    /** The user on whose behalf a write is made; writes by an unknown user are refused. */
    UserId requireUserId() {
        return userId.orElseThrow(() -> new CallerNotIdentifiedException(USER_ID_HEADER));
    }

    /**
     * The actor who takes a lifecycle step: the role decides which steps, the unit on which
     * complaints a handler may act, so neither can be guessed.
     *
     * @throws CallerNotIdentifiedException naming every missing header
     */
    Actor requireActor() {
        List<String> missing = new ArrayList<>();
        if (userId.isEmpty()) {
            missing.add(USER_ID_HEADER);
        }
        if (role.isEmpty()) {
            missing.add(USER_ROLE_HEADER);
        }
        if (orgUnit.isEmpty()) {
            missing.add(ORG_UNIT_HEADER);
        }
        if (!missing.isEmpty()) {
            throw new CallerNotIdentifiedException(missing);
        }
        return new Actor(userId.get(), role.get(), orgUnit.get());
    }

    private static Optional<String> present(String header) {
        return Optional.ofNullable(header).filter(value -> !value.isBlank());
    }

    private static Role parseRole(String raw, Violations violations) {
        try {
            return Role.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add(USER_ROLE_HEADER, Text.FORMAT, "must be one of " + ROLE_NAMES);
            return null;
        }
    }
}
