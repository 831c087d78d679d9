package org.complaintdesk.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.complaintdesk.adapters.kafka.KafkaEventPublisher;

/**
 * Publishing the events to Kafka: off unless brokers are named. Further client settings (security,
 * compression) come from a properties file, so that secrets stay out of the environment listing;
 * {@link #toString()} names the file's keys, never its values.
 *
 * @param bootstrapServers {@code COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS}, {@code host:port,...}; empty: off
 * @param topic            {@code COMPLAINTS_KAFKA_TOPIC}
 * @param clientSettings   {@code COMPLAINTS_KAFKA_PROPERTIES_FILE}'s settings
 * @param sendTimeout      {@code COMPLAINTS_KAFKA_SEND_TIMEOUT_MS}: how long a batch may wait for the brokers
 * @param batchSize        {@code COMPLAINTS_KAFKA_BATCH_SIZE}: events per relay pass
 * @param idlePoll         {@code COMPLAINTS_KAFKA_POLL_MS}: the pause after a pass that found less than a batch
 */
public record KafkaSettings(Optional<String> bootstrapServers, String topic, Map<String, String> clientSettings,
                            Duration sendTimeout, int batchSize, Duration idlePoll) {
    static final String SERVERS = "COMPLAINTS_KAFKA_BOOTSTRAP_SERVERS";
    static final String TOPIC = "COMPLAINTS_KAFKA_TOPIC";
    static final String PROPERTIES_FILE = "COMPLAINTS_KAFKA_PROPERTIES_FILE";
    static final String SEND_TIMEOUT = "COMPLAINTS_KAFKA_SEND_TIMEOUT_MS";
    static final String BATCH = "COMPLAINTS_KAFKA_BATCH_SIZE";
    static final String POLL = "COMPLAINTS_KAFKA_POLL_MS";

    public static final String DEFAULT_TOPIC = "complaintdesk.events.v1";
    public static final Duration DEFAULT_SEND_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final Duration DEFAULT_IDLE_POLL = Duration.ofMillis(50);
    public static final KafkaSettings OFF = new KafkaSettings(Optional.empty(), DEFAULT_TOPIC, Map.of(),
            DEFAULT_SEND_TIMEOUT, DEFAULT_BATCH_SIZE, DEFAULT_IDLE_POLL);

    // Kafka's own rule for topic names.
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Pattern SERVER = Pattern.compile("(\\[[0-9a-fA-F:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})");

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        clientSettings = Map.copyOf(clientSettings);
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        Objects.requireNonNull(idlePoll, "idlePoll");
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be positive");
        }
    }

    /** Publishing to the brokers at {@code bootstrapServers}, with the defaults otherwise: for tests. */
    public static KafkaSettings at(String bootstrapServers, String topic) {
        return new KafkaSettings(Optional.of(bootstrapServers), topic, Map.of(), DEFAULT_SEND_TIMEOUT,
                DEFAULT_BATCH_SIZE, DEFAULT_IDLE_POLL);
    }

    public boolean enabled() {
        return bootstrapServers.isPresent();
    }

    /** The settings of the environment; every problem is added to {@code problems}. */
    static KafkaSettings read(Map<String, String> env, List<String> problems) {
        Optional<String> servers = value(env, SERVERS);
        String topic = value(env, TOPIC).orElse(DEFAULT_TOPIC);
        int timeoutMs = Config.intSetting(env, SEND_TIMEOUT, (int) DEFAULT_SEND_TIMEOUT.toMillis(), 1_000, 600_000,
                problems);
        int batch = Config.intSetting(env, BATCH, DEFAULT_BATCH_SIZE, 1, 10_000, problems);
        int pollMs = Config.intSetting(env, POLL, (int) DEFAULT_IDLE_POLL.toMillis(), 10, 60_000, problems);
        Map<String, String> client = value(env, PROPERTIES_FILE).map(file -> clientSettings(file, problems))
                .orElse(Map.of());
        if (servers.isEmpty()) {
            // Someone meant to publish: silently not doing it would lose the integration.
            for (String name : List.of(TOPIC, PROPERTIES_FILE, SEND_TIMEOUT, BATCH, POLL)) {
                if (value(env, name).isPresent()) {
                    problems.add(name + " is set but " + SERVERS + " is not: name the brokers, or unset " + name);
                }
            }
            return OFF;
        }
        for (String server : servers.get().split(",", -1)) {
            if (!SERVER.matcher(server.strip()).matches() || Integer.parseInt(server.strip()
                    .substring(server.strip().lastIndexOf(':') + 1)) > 65_535) {
                problems.add(SERVERS + " must list host:port pairs, comma-separated");
                break;
            }
        }
        if (!TOPIC_NAME.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
            problems.add(TOPIC + " must be a Kafka topic name: up to 249 letters, digits, '.', '_' and '-'");
        }
        return new KafkaSettings(servers, topic, client, Duration.ofMillis(timeoutMs), batch, Duration.ofMillis(pollMs));
    }

    private static Map<String, String> clientSettings(String file, List<String> problems) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) { // a bad path, or a malformed escape in the file
            problems.add(PROPERTIES_FILE + " cannot be read (" + e.getClass().getSimpleName() + ")");
            return Map.of();
        }
        Map<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        List<String> owned = KafkaEventPublisher.OWN_SETTINGS.stream().filter(settings::containsKey).toList();
        if (!owned.isEmpty()) {
            problems.add(PROPERTIES_FILE + " sets " + String.join(", ", owned)
                    + ", which the service sets itself (ordering and no loss depend on them)");
            owned.forEach(settings::remove);
        }
        return settings;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public String toString() {
        // Client settings hold passwords (sasl.jaas.config, ssl.key.password): keys only.
        return "KafkaSettings[" + bootstrapServers.orElse("off") + ", topic=" + topic + ", client settings="
                + new TreeMap<>(clientSettings).keySet() + ", sendTimeout=" + sendTimeout + ", batchSize=" + batchSize
                + ", idlePoll=" + idlePoll + "]";
    }
}
