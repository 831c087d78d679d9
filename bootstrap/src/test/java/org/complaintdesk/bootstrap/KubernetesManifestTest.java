package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The example Kubernetes manifest (src/main/k8s/complaintdesk.yaml) against the image Jib builds
 * (its configuration in pom.xml) and against the service's own settings.
 */
class KubernetesManifestTest {
    private static final Path MANIFEST = Path.of("src/main/k8s/complaintdesk.yaml");

    private static Map<String, Map<String, Object>> byKind;
    private static Map<String, Object> pod;
    private static Map<String, Object> container;
    private static Map<String, String> configMap;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readManifest() throws IOException {
        byKind = new HashMap<>();
        try (Reader in = Files.newBufferedReader(MANIFEST)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                Map<String, Object> object = (Map<String, Object>) document;
                assertThat(byKind.put((String) object.get("kind"), object)).as("one object of each kind").isNull();
            }
        }
        pod = map(map(byKind.get("Deployment"), "spec", "template"), "spec");
        container = ((List<Map<String, Object>>) pod.get("containers")).getFirst();
        configMap = (Map<String, String>) byKind.get("ConfigMap").get("data");
    }

    @Test
    void the_manifest_holds_the_config_map_deployment_service_and_disruption_budget() {
        assertThat(byKind).containsOnlyKeys("ConfigMap", "Deployment", "Service", "PodDisruptionBudget");
        assertThat(map(byKind.get("Deployment"), "spec").get("replicas")).isEqualTo(2);
        assertThat(container.get("envFrom")).asString().contains(name(byKind.get("ConfigMap")));
    }

    @Test
    void the_pod_runs_as_the_images_user_on_a_read_only_root_with_an_empty_dir_for_tmp() throws Exception {
        Map<String, Object> podSecurity = map(pod, "securityContext");
        String imageUser = jibContainer().getElementsByTagName("user").item(0).getTextContent();

        assertThat(podSecurity.get("runAsUser") + ":" + podSecurity.get("runAsGroup")).isEqualTo(imageUser);
        assertThat(podSecurity.get("runAsNonRoot")).isEqualTo(true);
        assertThat(map(container, "securityContext")).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(volumeAt("/tmp")).containsKey("emptyDir");
        assertThat(map(container, "resources", "limits")).containsKey("memory");
        assertThat(map(container, "resources", "requests")).containsKeys("cpu", "memory");
    }

    @Test
    void the_container_and_the_service_open_the_ports_the_image_exposes_and_the_settings_name() throws Exception {
        NodeList ports = jibContainer().getElementsByTagName("port");
        List<Integer> exposed = new ArrayList<>();
        for (int i = 0; i < ports.getLength(); i++) {
            exposed.add(Integer.parseInt(ports.item(i).getTextContent()));
        }
        Map<String, Integer> containerPorts = listOfMaps(container.get("ports")).stream()
                .collect(Collectors.toMap(p -> (String) p.get("name"), p -> (Integer) p.get("containerPort")));

        assertThat(containerPorts.values()).containsExactlyInAnyOrderElementsOf(exposed);
        assertThat(containerPorts).containsEntry("grpc", Integer.parseInt(configMap.get("COMPLAINTS_PORT")))
                .containsEntry("admin", Integer.parseInt(configMap.get("COMPLAINTS_ADMIN_PORT")));
        assertThat(listOfMaps(map(byKind.get("Service"), "spec").get("ports")))
                .allSatisfy(port -> assertThat(containerPorts).containsKey((String) port.get("targetPort")))
                .extracting(port -> port.get("port")).containsExactlyInAnyOrder(containerPorts.values().toArray());
    }

    @Test
    void liveness_and_readiness_ask_the_admin_port_and_shutdown_fits_in_the_grace_period() {
        assertThat(map(container, "livenessProbe", "httpGet")).containsEntry("path", "/livez").containsEntry("port", "admin");
        assertThat(map(container, "startupProbe", "httpGet")).containsEntry("path", "/livez").containsEntry("port", "admin");
        assertThat(map(container, "readinessProbe", "httpGet")).containsEntry("path", "/readyz").containsEntry("port", "admin");
        // The startup probe allows minutes of migrations before liveness may restart the pod.
        Map<String, Object> startup = map(container, "startupProbe");
        assertThat((Integer) startup.get("periodSeconds") * (Integer) startup.get("failureThreshold")).isGreaterThanOrEqualTo(300);

        int preStopSleep = (Integer) map(container, "lifecycle", "preStop", "sleep").get("seconds");
        int drain = Integer.parseInt(configMap.get("COMPLAINTS_SHUTDOWN_GRACE_SECONDS"));
        assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(preStopSleep + drain);
    }

    @Test
    void the_config_map_with_the_mounted_keysets_and_the_password_is_a_configuration_the_service_accepts(
            @TempDir Path mounted) throws IOException {
        Path keysMount = Path.of((String) volumeMountOf("keys").get("mountPath"));
        Path sealing = Path.of(configMap.get("COMPLAINTS_DATA_KEYS_FILE"));
        Path index = Path.of(configMap.get("COMPLAINTS_DATA_INDEX_KEYS_FILE"));
        assertThat(sealing.getParent()).isEqualTo(keysMount);
        assertThat(index.getParent()).isEqualTo(keysMount);
        assertThat(map(volume("keys"), "secret")).containsEntry("secretName", "complaintdesk-keys");
        // The Secret's files, here where the test can write them.
        PersonalDataKeys.generate().writeTo(mounted.resolve(sealing.getFileName()), mounted.resolve(index.getFileName()));
        Map<String, String> env = new HashMap<>(configMap);
        env.put("COMPLAINTS_DATA_KEYS_FILE", mounted.resolve(sealing.getFileName()).toString());
        env.put("COMPLAINTS_DATA_INDEX_KEYS_FILE", mounted.resolve(index.getFileName()).toString());
        List<Map<String, Object>> fromSecrets = listOfMaps(container.get("env"));
        assertThat(fromSecrets).extracting(e -> e.get("name")).containsExactly("COMPLAINTS_DB_PASSWORD");
        env.put("COMPLAINTS_DB_PASSWORD", "from-the-secret");

        Config config = Config.fromEnvironment(env);

        assertThat(config.externalDatabase()).get().extracting(Config.ExternalDatabase::url)
                .isEqualTo(configMap.get("COMPLAINTS_DB_URL"));
        assertThat(config.authentication().issuer()).contains(configMap.get("COMPLAINTS_OIDC_ISSUER"));
        assertThat(config.port()).isEqualTo(Integer.parseInt(configMap.get("COMPLAINTS_PORT")));
    }

    private static Element jibContainer() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList containers = plugin.getElementsByTagName("container");
            if (plugin.getElementsByTagName("artifactId").item(0).getTextContent().equals("jib-maven-plugin")
                    && containers.getLength() > 0) {
                return (Element) containers.item(0);
            }
        }
        throw new AssertionError("no jib-maven-plugin with a <container> in pom.xml");
    }

    private static Map<String, Object> volumeAt(String mountPath) {
        Map<String, Object> mount = listOfMaps(container.get("volumeMounts")).stream()
                .filter(m -> mountPath.equals(m.get("mountPath"))).findFirst().orElseThrow();
        return volume((String) mount.get("name"));
    }

    private static Map<String, Object> volumeMountOf(String volume) {
        return listOfMaps(container.get("volumeMounts")).stream()
                .filter(m -> volume.equals(m.get("name"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> volume(String name) {
        return listOfMaps(pod.get("volumes")).stream().filter(v -> name.equals(v.get("name"))).findFirst().orElseThrow();
    }

    private static String name(Map<String, Object> object) {
        return (String) map(object, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> from, String... path) {
        Map<String, Object> at = from;
        for (String key : path) {
            assertThat(at).as("manifest path ." + String.join(".", path)).containsKey(key);
            at = (Map<String, Object>) at.get(key);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Object list) {
        return StreamSupport.stream(((Iterable<Object>) list).spliterator(), false)
                .map(o -> (Map<String, Object>) o).toList();
    }
}
