package org.complaintdesk.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tracing is configured by the standard OpenTelemetry variables ({@code OTEL_*}), which the SDK's
 * autoconfiguration reads; spans leave the process only when an OTLP endpoint is set. The rules an
 * operator most likely gets wrong are checked here, with the service's other settings, so that one
 * message names every broken one.
 *
 * @param environment the {@code OTEL_*} variables as given
 * @param exporting   whether an OTLP endpoint is set, for all signals or for traces
 */
public record TracingSettings(Map<String, String> environment, boolean exporting) {
    public static final TracingSettings OFF = new TracingSettings(Map.of(), false);

    static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    static final String TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    private static final Set<String> SAMPLERS = Set.of("always_on", "always_off", "traceidratio",
            "parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio");

    public TracingSettings {
        environment = Map.copyOf(environment);
    }

    static TracingSettings read(Map<String, String> env, List<String> problems) {
        Map<String, String> otel = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("OTEL_") && value != null && !value.isBlank()) {
                otel.put(name, value.strip());
            }
        });
        endpoint(otel, ENDPOINT, problems);
        endpoint(otel, TRACES_ENDPOINT, problems);
        for (String name : List.of("OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")) {
            String protocol = otel.get(name);
            // The exporter sends with the JDK's HTTP client, which speaks OTLP/HTTP only.
            if (protocol != null && !"http/protobuf".equals(protocol)) {
                problems.add(name + " must be http/protobuf (a collector's OTLP/HTTP port, usually 4318); "
                        + "OTLP over gRPC is not supported");
            }
        }
        String sampler = otel.get("OTEL_TRACES_SAMPLER");
        if (sampler != null && !SAMPLERS.contains(sampler)) {
            problems.add("OTEL_TRACES_SAMPLER must be one of " + String.join(", ", new java.util.TreeSet<>(SAMPLERS)));
        }
        String ratio = otel.get("OTEL_TRACES_SAMPLER_ARG");
        if (ratio != null && !isRatio(ratio)) {
            problems.add("OTEL_TRACES_SAMPLER_ARG must be a number between 0 and 1");
        }
        boolean exporting = (otel.containsKey(ENDPOINT) || otel.containsKey(TRACES_ENDPOINT))
                && !"true".equalsIgnoreCase(otel.get("OTEL_SDK_DISABLED"))
                && !"none".equals(otel.get("OTEL_TRACES_EXPORTER"));
        return new TracingSettings(otel, exporting);
    }

    private static void endpoint(Map<String, String> otel, String name, List<String> problems) {
        String value = otel.get(name);
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add(name + " must be an http:// or https:// URL with a host");
            }
        } catch (URISyntaxException e) {
            problems.add(name + " must be an http:// or https:// URL with a host");
        }
    }

    private static boolean isRatio(String raw) {
        try {
            double value = Double.parseDouble(raw);
            return value >= 0 && value <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
