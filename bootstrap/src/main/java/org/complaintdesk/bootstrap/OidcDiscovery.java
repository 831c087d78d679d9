package org.complaintdesk.bootstrap;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/**
 * Finds an issuer's key set URL in its OpenID Connect discovery document
 * ({@code <issuer>/.well-known/openid-configuration}), once at start, when
 * {@code COMPLAINTS_OIDC_JWKS_URI} does not name it.
 */
final class OidcDiscovery {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private OidcDiscovery() {
    }

    /**
     * @throws IllegalStateException when the document cannot be read, or names another issuer or no key set
     */
    static URI jwksUri(String issuer) {
        URI document = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        Map<String, Object> metadata;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(document).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw refused(document, "it answered HTTP " + response.statusCode());
            }
            metadata = JSONObjectUtils.parse(response.body());
        } catch (IOException | ParseException e) {
            throw refused(document, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(document, "interrupted");
        }
        // OpenID Connect Discovery 1.0 §4.3: the document must name the very issuer it was fetched for.
        if (!issuer.equals(metadata.get("issuer"))) {
            throw refused(document, "it names another issuer");
        }
        if (!(metadata.get("jwks_uri") instanceof String jwks) || jwks.isBlank()) {
            throw refused(document, "it names no jwks_uri");
        }
        return URI.create(jwks);
    }

    private static IllegalStateException refused(URI document, String why) {
        return new IllegalStateException("cannot learn the issuer's signing keys from " + document + " (" + why
                + "); check COMPLAINTS_OIDC_ISSUER, or name the key set in COMPLAINTS_OIDC_JWKS_URI");
    }
}
