package org.complaintdesk.bootstrap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.adapters.grpc.BearerTokenVerifier;
import org.complaintdesk.adapters.grpc.ClaimPath;
import org.complaintdesk.adapters.grpc.TokenRules;

/**
 * The service as its own token issuer, for development on the embedded database when no identity
 * provider is configured: an ES256 key kept in the data directory signs tokens that
 * {@code ./build.sh token} mints and the service verifies like any other (there is no shortcut).
 * Never used with an external database.
 */
public final class DevelopmentIssuer {
    public static final String ISSUER = "complaintdesk-dev";
    static final String KEY_FILE = "dev-issuer-key.json";

    private final ECKey key;
    private final TokenRules rules;

    private DevelopmentIssuer(ECKey key, AuthenticationSettings settings) {
        this.key = Objects.requireNonNull(key, "key");
        // Its tokens name the audience and carry the claims where the service is configured to look.
        this.rules = new TokenRules(ISSUER, settings.audience(), settings.userClaim(), settings.rolesClaim(),
                settings.unitsClaim(), settings.clockSkew());
    }

    /**
     * The issuer whose key is kept in {@code dataDirectory}, made on first use (readable by its
     * owner only). The service and the token command share it.
     */
    public static DevelopmentIssuer inDataDirectory(Path dataDirectory, AuthenticationSettings settings) {
        Path file = dataDirectory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(dataDirectory, file);
            }
            return new DevelopmentIssuer(ECKey.parse(Files.readString(file, StandardCharsets.UTF_8)), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the development issuer's key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the development issuer's key " + file + " is damaged; delete it to make a new one", e);
        }
    }

    /** An issuer with a key in memory only (tests, benchmarks): its tokens die with the process. */
    public static DevelopmentIssuer ephemeral() {
        return new DevelopmentIssuer(generate(), AuthenticationSettings.DEFAULTS);
    }

    /** A verifier that accepts this issuer's tokens, and only them, on the real clock. */
    public BearerTokenVerifier verifier() {
        return BearerTokenVerifier.withKeys(rules, new JWKSet(key.toPublicJWK()), Clock.systemUTC());
    }

    /** A signed token for {@code user}, granting {@code roles} and {@code units}, valid for {@code lifetime} from now. */
    public String mint(String user, List<String> roles, List<String> units, Duration lifetime) {
        Instant now = Instant.now();
        Map<String, Object> identity = new LinkedHashMap<>();
        put(identity, rules.user(), user);
        put(identity, rules.roles(), List.copyOf(roles));
        put(identity, rules.units(), List.copyOf(units));
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(rules.audience()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)));
        identity.forEach(claims::claim);
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }

    /** Sets a value at a claim path, making the objects on the way ({@code realm_access.roles}). */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> claims, ClaimPath path, Object value) {
        List<String> names = path.names();
        Map<String, Object> object = claims;
        for (String name : names.subList(0, names.size() - 1)) {
            object = (Map<String, Object>) object.computeIfAbsent(name, n -> new LinkedHashMap<String, Object>());
        }
        object.put(names.getLast(), value);
    }

    private static void create(Path dataDirectory, Path file) throws IOException {
        Files.createDirectories(dataDirectory);
        Path draft = Files.createTempFile(dataDirectory, KEY_FILE, ".new");
        try {
            setOwnerOnly(draft);
            Files.writeString(draft, generate().toJSONString(), StandardCharsets.UTF_8);
            // The service and the token command may start together: the first key written wins.
            Files.move(draft, file);
        } catch (FileAlreadyExistsException anotherWon) {
            Files.deleteIfExists(draft);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // On a file system without POSIX permissions the directory's protection has to do.
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("dev-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make a development signing key", e);
        }
    }
}
