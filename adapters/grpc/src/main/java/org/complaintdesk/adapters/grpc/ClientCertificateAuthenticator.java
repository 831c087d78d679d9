package org.complaintdesk.adapters.grpc;

import io.grpc.Attributes;
import io.grpc.Grpc;
import io.grpc.Metadata;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;

/**
 * System accounts that present a client certificate the TLS layer verified against the configured
 * client CA: the certificate's CN is the user id, its OU (if any) the unit, and the role SYSTEM. A
 * call with a bearer token is authenticated by its token instead; a call with neither is refused as
 * the token authenticator refuses it.
 */
final class ClientCertificateAuthenticator implements Authenticator {
    private final Authenticator tokens;

    ClientCertificateAuthenticator(Authenticator tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public Caller authenticate(Metadata headers, Attributes transport) {
        if (headers.containsKey(BearerTokenAuthenticator.AUTHORIZATION)) {
            return tokens.authenticate(headers, transport);
        }
        return verifiedCertificate(transport.get(Grpc.TRANSPORT_ATTR_SSL_SESSION))
                .flatMap(ClientCertificateAuthenticator::systemCaller)
                .orElseGet(() -> tokens.authenticate(headers, transport));
    }

    private static Optional<X509Certificate> verifiedCertificate(SSLSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf ? Optional.of(leaf) : Optional.empty();
        } catch (SSLPeerUnverifiedException noCertificate) {
            return Optional.empty();
        }
    }

    private static Optional<Caller> systemCaller(X509Certificate certificate) {
        try {
            var subject = new LdapName(certificate.getSubjectX500Principal().getName());
            Optional<String> commonName = attribute(subject, "CN");
            if (commonName.isEmpty()) {
                return Optional.empty();
            }
            Optional<OrgUnitId> unit = attribute(subject, "OU").map(OrgUnitId::new);
            return Optional.of(new Caller(Optional.of(new UserId(commonName.get())), Optional.of(Role.SYSTEM), unit));
        } catch (InvalidNameException | InvalidValueException unusable) {
            // A subject that names no usable account proves nothing: the call needs a token.
            return Optional.empty();
        }
    }

    private static Optional<String> attribute(LdapName name, String type) {
        return name.getRdns().stream().filter(rdn -> rdn.getType().equalsIgnoreCase(type))
                .map(Rdn::getValue).map(Object::toString).findFirst();
    }
}
