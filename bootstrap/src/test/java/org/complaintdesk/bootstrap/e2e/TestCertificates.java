package org.complaintdesk.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test CA, and certificates it signs, written as PEM files into a directory. */
final class TestCertificates {
    private final Path directory;
    private final KeyPair caKeys = keyPair();
    private final X500Name caName = new X500Name("CN=complaintdesk test CA");
    private long serial = 1;

    TestCertificates(Path directory) {
        this.directory = directory;
    }

    /** The CA's certificate. */
    Path ca() {
        return write("ca.pem", sign(caName, caKeys, true, null), null);
    }

    /** A server certificate for localhost and 127.0.0.1; its key is {@code name}-key.pem. */
    Path server(String name) {
        var names = new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
        KeyPair keys = keyPair();
        return write(name + ".pem", sign(new X500Name("CN=localhost"), keys, false, names), keys);
    }

    /** A client certificate with the given subject, e.g. {@code CN=billing-sync,OU=gridco/east/cs}. */
    Path client(String name, String subject) {
        KeyPair keys = keyPair();
        return write(name + ".pem", sign(new X500Name(subject), keys, false, null), keys);
    }

    Path keyOf(Path certificate) {
        return certificate.resolveSibling(certificate.getFileName().toString().replace(".pem", "-key.pem"));
    }

    private X509CertificateHolder sign(X500Name subject, KeyPair keys, boolean authority, GeneralNames altNames) {
        try {
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(caName, BigInteger.valueOf(serial++),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))), subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            if (altNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames);
            }
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate()));
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String fileName, X509CertificateHolder certificate, KeyPair keys) {
        Path file = directory.resolve(fileName);
        try {
            try (Writer out = Files.newBufferedWriter(file); var pem = new JcaPEMWriter(out)) {
                pem.writeObject(certificate);
            }
            if (keys != null) {
                try (Writer out = Files.newBufferedWriter(keyOf(file)); var pem = new JcaPEMWriter(out)) {
                    pem.writeObject(new JcaPKCS8Generator(keys.getPrivate(), null));
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
