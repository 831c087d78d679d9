package org.complaintdesk.bootstrap;

import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TLS on the gRPC port: the server's certificate chain and private key (PEM), and optionally the CA
 * whose client certificates identify system accounts. Without them the port speaks plaintext, for
 * loopback and development.
 *
 * @param certificate {@code COMPLAINTS_TLS_CERT_FILE}
 * @param key         {@code COMPLAINTS_TLS_KEY_FILE} (PKCS#8 PEM)
 * @param clientCa    {@code COMPLAINTS_TLS_CLIENT_CA_FILE}
 */
public record TlsSettings(Optional<Path> certificate, Optional<Path> key, Optional<Path> clientCa) {
    public static final TlsSettings PLAINTEXT = new TlsSettings(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean enabled() {
        return certificate.isPresent();
    }

    public boolean clientCertificates() {
        return clientCa.isPresent();
    }

    static TlsSettings read(Map<String, String> env, List<String> problems) {
        Optional<Path> certificate = file(env, "COMPLAINTS_TLS_CERT_FILE", problems);
        Optional<Path> key = file(env, "COMPLAINTS_TLS_KEY_FILE", problems);
        Optional<Path> clientCa = file(env, "COMPLAINTS_TLS_CLIENT_CA_FILE", problems);
        if (certificate.isPresent() != key.isPresent()) {
            problems.add("COMPLAINTS_TLS_CERT_FILE and COMPLAINTS_TLS_KEY_FILE go together");
        }
        if (clientCa.isPresent() && certificate.isEmpty()) {
            problems.add("COMPLAINTS_TLS_CLIENT_CA_FILE needs COMPLAINTS_TLS_CERT_FILE and COMPLAINTS_TLS_KEY_FILE");
        }
        return new TlsSettings(certificate, key, clientCa);
    }

    /** What the server speaks: TLS (asking for, not requiring, a client certificate when a client CA is set), or plaintext. */
    ServerCredentials credentials() {
        if (!enabled()) {
            return InsecureServerCredentials.create();
        }
        try {
            var tls = TlsServerCredentials.newBuilder().keyManager(certificate.get().toFile(), key.orElseThrow().toFile());
            if (clientCa.isPresent()) {
                // Optional: people come with bearer tokens, only system accounts with certificates.
                tls.trustManager(clientCa.get().toFile()).clientAuth(TlsServerCredentials.ClientAuth.OPTIONAL);
            }
            return tls.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the TLS certificate, key or client CA", e);
        }
    }

    private static Optional<Path> file(Map<String, String> env, String name, List<String> problems) {
        Optional<Path> path = Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
        if (path.isPresent() && !Files.isReadable(path.get())) {
            problems.add(name + " names no readable file");
        }
        return path;
    }
}
