package org.complaintdesk.adapters.grpc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * One proto enum and its domain enum, paired by name: the proto constant is the domain constant
 * with the proto's prefix ({@code CHANNEL_HOTLINE} and {@code HOTLINE}). The pairing is checked
 * both ways when the mapping is built, so a value added on one side only fails at start-up and
 * in the tests instead of at the first request that carries it.
 */
final class EnumMapping<P extends Enum<P>, D extends Enum<D>> {
    private final P unspecified;
    private final P unrecognized;
    private final Map<P, D> toDomain;
    private final Map<D, P> toProto;

    EnumMapping(Class<P> protoType, String prefix, Class<D> domainType) {
        this.unspecified = Enum.valueOf(protoType, prefix + "UNSPECIFIED");
        this.unrecognized = Enum.valueOf(protoType, "UNRECOGNIZED");
        this.toDomain = new EnumMap<>(protoType);
        this.toProto = new EnumMap<>(domainType);
        for (D domain : domainType.getEnumConstants()) {
            P proto = Enum.valueOf(protoType, prefix + domain.name());
            toDomain.put(proto, domain);
            toProto.put(domain, proto);
        }
        for (P proto : protoType.getEnumConstants()) {
            if (proto != unspecified && proto != unrecognized && !toDomain.containsKey(proto)) {
                throw new IllegalStateException(proto + " has no counterpart in " + domainType.getName());
            }
        }
    }

    /** A value the request must set: {@code *_UNSPECIFIED} counts as missing. Returns null after a violation. */
    D required(P value, String path, Violations violations) {
        if (value == unspecified) {
            violations.add(path, Text.REQUIRED, "must be set");
            return null;
        }
        return optional(value, path, violations).orElse(null);
    }

    /** A value the request may leave at {@code *_UNSPECIFIED}, which means "none". */
    Optional<D> optional(P value, String path, Violations violations) {
        if (value == unspecified) {
            return Optional.empty();
        }
        if (value == unrecognized) {
            // A number this server does not know, e.g. from a newer client.
            violations.add(path, Text.FORMAT, "is not a known value");
            return Optional.empty();
        }
        return Optional.of(toDomain.get(value));
    }

    P toProto(D value) {
        return toProto.get(value);
    }

    /** The proto value of the domain constant named {@code domainName}, if the domain has one. */
    Optional<P> toProto(String domainName) {
        return toProto.entrySet().stream()
                .filter(pair -> pair.getKey().name().equals(domainName))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
