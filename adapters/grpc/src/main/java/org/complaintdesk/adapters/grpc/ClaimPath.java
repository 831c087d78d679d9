package org.complaintdesk.adapters.grpc;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a token keeps a piece of the caller's identity: a claim name, or a dotted path into
 * nested claims such as Keycloak's {@code realm_access.roles}.
 */
public record ClaimPath(String path) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_:-]+(\\.[A-Za-z0-9_:-]+)*");

    public ClaimPath {
        Objects.requireNonNull(path, "path");
        if (!FORMAT.matcher(path).matches()) {
            throw new IllegalArgumentException("a claim path is claim names joined by dots, e.g. realm_access.roles");
        }
    }

    /** The names from the outermost claim inwards. */
    public List<String> names() {
        return List.of(path.split("\\."));
    }

    /** The value at this path, if every step on the way is an object that has the next name. */
    Optional<Object> in(Map<String, Object> claims) {
        Object current = claims;
        for (String name : names()) {
            if (!(current instanceof Map<?, ?> object)) {
                return Optional.empty();
            }
            current = object.get(name);
        }
        return Optional.ofNullable(current);
    }

    @Override
    public String toString() {
        return path;
    }
}
