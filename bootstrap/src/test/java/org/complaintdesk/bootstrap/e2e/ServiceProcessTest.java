package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.complaintdesk.api.v1.ApproveClockExtensionRequest;
import org.complaintdesk.api.v1.ChangeComplaintSeverityRequest;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.DeclineReason;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.complaintdesk.api.v1.ListPersonalDataAccessesRequest;
import org.complaintdesk.api.v1.Nature;
import org.complaintdesk.api.v1.ReclassifyComplaintRequest;
import org.complaintdesk.api.v1.RedispatchComplaintRequest;
import org.complaintdesk.api.v1.RejectClockExtensionRequest;
import org.complaintdesk.api.v1.RequestClockExtensionRequest;
import org.complaintdesk.api.v1.Responsibility;
import org.complaintdesk.api.v1.ReturnComplaintRequest;
import org.complaintdesk.api.v1.ReviewOutcome;
import org.complaintdesk.api.v1.Satisfaction;
import org.complaintdesk.api.v1.SendBackComplaintResolutionRequest;
import org.complaintdesk.api.v1.Severity;
import org.complaintdesk.bootstrap.AuthenticationSettings;
import org.complaintdesk.bootstrap.DevelopmentIssuer;
import org.complaintdesk.bootstrap.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as operators run it: its own process on the embedded PostgreSQL, stopped with
 * SIGTERM and started again on the same data directory.
 */
class ServiceProcessTest {

    @Test
    void a_complaint_survives_a_sigterm_and_a_restart_on_the_embedded_database(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        String ticket;
        try (RunningService first = RunningService.start(dataDir, port)) {
            // A newcomer's path: the token command on the same data directory mints what the service accepts.
            try (ApiClient client = new ApiClient(port, tokenCommand(dataDir))) {
                ticket = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint().getTicketNumber();
            }
            int exit = first.terminate();
            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(first.output()).anyMatch(line -> line.contains("connection pool closed"))
                    .anyMatch(line -> line.contains("embedded PostgreSQL stopped"));
            // The personal data registered above never reached the log.
            assertThat(first.output()).noneMatch(line -> line.contains("13800138000") || line.contains("王小明"));
        }

        try (RunningService second = RunningService.start(dataDir, port);
             ApiClient client = new ApiClient(port, developmentIssuerOf(dataDir))) {
            Complaint again = client.agent().getComplaint(
                    GetComplaintRequest.newBuilder().setName("complaints/" + ticket).build()).getComplaint();
            assertThat(again.getTicketNumber()).isEqualTo(ticket);
            assertThat(again.getComplainant().getDisplayName()).isEqualTo("王小明");
            second.terminate();
        }
    }

    @Test
    void personal_values_sent_through_the_methods_never_reach_the_log_even_at_debug_level(@TempDir Path dataDir)
            throws Exception {
        int port = freePort();
        String name = "欧阳测试";
        String phone = "13912345678";
        String account = "PII-7788-4411";
        String address = "测试市保密路77号";
        // No clock monitor in this process: the complaints were received an hour ago, and an escalation
        // it made between two steps would make the second one's etag stale.
        try (RunningService service = RunningService.start(dataDir, port,
                Map.of("COMPLAINTS_LOG_LEVEL", "DEBUG", "COMPLAINTS_MONITOR_INTERVAL_MS", "0"));
             ApiClient client = new ApiClient(port, developmentIssuerOf(dataDir))) {
            var life = new Lifecycle(client);
            Complaint c = life.register(billingComplaint()
                    .setComplainant(billingComplaint().getComplainant().toBuilder()
                            .setDisplayName(name).setPhoneNumber(phone).setAccountNumber(account).setAddress(address))
                    .setDescription("电话 " + phone + "，户号 " + account + "，住址 " + address));
            c = life.find(life.investigate(life.contact(life.dispatch(life.accept(c)))),
                    Responsibility.RESPONSIBILITY_COMPANY);
            c = life.concludeReview(life.requestReview(
                    life.callBack(life.reply(life.propose(c)), Satisfaction.SATISFACTION_SATISFIED)),
                    ReviewOutcome.REVIEW_OUTCOME_UPHELD);
            c = life.archive(life.close(c));
            Complaint second = life.register(billingComplaint()
                    .setComplainant(billingComplaint().getComplainant().toBuilder().setPhoneNumber(phone))
                    .setLocation(address));
            second = life.withdraw(life.urge(life.supervisor(), life.resumeHandling(life.waitOnComplainant(
                    life.dispatch(life.accept(second)),
                    org.complaintdesk.api.v1.Clock.PauseReason.PAUSE_REASON_COMPLAINANT_UNREACHABLE))));
            life.decline(life.register(billingComplaint().setDescription("户号 " + account)),
                    DeclineReason.DECLINE_REASON_OTHER_BODYS_DUTY);
            Complaint third = otherSteps(life, phone + " " + name + " " + address + " " + account);
            assertThat(third.getState()).isEqualTo(Complaint.State.STATE_DISPATCHED);
            client.agent().getComplaint(GetComplaintRequest.newBuilder().setName(c.getName()).build());
            client.agent().listComplaints(ListComplaintsRequest.newBuilder().setComplainantPhoneNumber(phone).build());
            life.timeline(c);
            // Masked reads, the record of full ones, and reads refused out of reach.
            var auditor = client.as("auditor-1", "AUDITOR");
            auditor.getComplaint(GetComplaintRequest.newBuilder().setName(second.getName()).build());
            auditor.listPersonalDataAccesses(ListPersonalDataAccessesRequest.newBuilder().setParent(c.getName()).build());
            String archived = c.getName();
            catchThrowable(() -> client.as("agent-9", "AGENT", "gridco/west")
                    .getComplaint(GetComplaintRequest.newBuilder().setName(archived).build()));
            // Refused requests that carry the values: a bad phone number, and a bad filter.
            catchThrowable(() -> client.agent().createComplaint(create(billingComplaint().setComplainant(
                    billingComplaint().getComplainant().toBuilder().setPhoneNumber(phone + "x" + account))).build()));
            catchThrowable(() -> client.agent().listComplaints(
                    ListComplaintsRequest.newBuilder().setComplainantPhoneNumber(phone + address).build()));
            service.terminate();

            assertThat(c.getState()).isEqualTo(Complaint.State.STATE_ARCHIVED);
            assertThat(second.getState()).isEqualTo(Complaint.State.STATE_WITHDRAWN);
            assertThat(service.output()).as("the log at debug level").anyMatch(line -> line.contains(" DEBUG "));
            assertThat(service.output()).noneMatch(line -> line.contains(name) || line.contains(phone)
                    || line.contains(account) || line.contains(address));
        }
    }

    @Test
    void in_json_every_line_is_one_object_and_the_lines_of_a_call_carry_its_correlation_id(@TempDir Path dataDir)
            throws Exception {
        int port = freePort();
        String name = "司马测试";
        String phone = "13712345678";
        String account = "PII-5566-1122";
        String address = "测试市隐私路9号";
        String correlationId = "json-log-test-1";
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        // Spans go to a port where nothing listens: the SDK's report of the failed export, made through
        // java.util.logging, must come out as JSON too.
        try (RunningService service = RunningService.start(dataDir, port,
                Map.of("COMPLAINTS_LOG_FORMAT", "json", "COMPLAINTS_LOG_LEVEL", "DEBUG",
                        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + freePort(), "OTEL_BSP_SCHEDULE_DELAY", "50"));
             ApiClient client = new ApiClient(port, developmentIssuerOf(dataDir))) {
            Metadata headers = new Metadata();
            headers.put(ApiClient.CORRELATION_ID, correlationId);
            headers.put(Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER),
                    "00-" + traceId + "-00f067aa0ba902b7-01");
            client.agent().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                    .createComplaint(create(billingComplaint().setComplainant(billingComplaint().getComplainant()
                                    .toBuilder().setDisplayName(name).setPhoneNumber(phone).setAccountNumber(account)
                                    .setAddress(address)))
                            .build());
            Instant giveUp = Instant.now().plusSeconds(30);
            while (service.output().stream().noneMatch(line -> line.contains("\"logger\":\"io.opentelemetry"))
                    && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
            service.terminate();

            ObjectMapper json = new ObjectMapper();
            List<JsonNode> events = new ArrayList<>();
            for (String line : service.output()) {
                JsonNode event = json.readTree(line);
                assertThat(event.isObject()).as("a JSON object: %s", line).isTrue();
                assertThat(List.of("@timestamp", "level", "logger", "thread", "message"))
                        .as("fields of %s", line).allMatch(event::hasNonNull);
                OffsetDateTime.parse(event.get("@timestamp").asText());
                events.add(event);
            }
            assertThat(events).anyMatch(event -> event.get("level").asText().equals("INFO")
                    && event.get("logger").asText().equals(Main.class.getName())
                    && event.get("message").asText().startsWith("complaintdesk listening for gRPC on port " + port)
                    && !event.has("correlation_id"));
            assertThat(events).as("the call's answer, logged while the call ran")
                    .anyMatch(event -> event.get("level").asText().equals("DEBUG")
                            && event.get("logger").asText().equals("org.complaintdesk.adapters.grpc.UnaryCalls")
                            && event.get("message").asText().startsWith("CreateComplaint answered OK")
                            && event.path("correlation_id").asText().equals(correlationId)
                            && event.path("trace_id").asText().equals(traceId)
                            && event.path("span_id").asText().matches("[0-9a-f]{16}"));
            assertThat(events).as("the tracing SDK's report of the failed export")
                    .anyMatch(event -> event.get("logger").asText().startsWith("io.opentelemetry"));
            assertThat(events).anyMatch(event -> event.get("message").asText().equals("embedded PostgreSQL stopped"));
            assertThat(service.output()).noneMatch(line -> line.contains(name) || line.contains(phone)
                    || line.contains(account) || line.contains(address));
        }
    }

    @Test
    void a_log_format_other_than_plain_or_json_stops_the_start_with_one_readable_line(@TempDir Path dataDir)
            throws Exception {
        Process process = RunningService.command(dataDir, freePort(), Map.of("COMPLAINTS_LOG_FORMAT", "xml")).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        // Logback's own status report, had it failed to configure, would come first.
        assertThat(output.lines().toList()).singleElement(InstanceOfAssertFactories.STRING)
                .contains(" ERROR ", "COMPLAINTS_LOG_FORMAT must be plain or json");
        assertThat(dataDir.resolve("pgdata")).doesNotExist();
    }

    /**
     * The steps the lifecycle above skips, each carrying {@code words} in its free text:
     * reclassification, a severity change, a return and a redispatch, extensions asked, refused and
     * granted, and a resolution sent back.
     */
    private static Complaint otherSteps(Lifecycle life, String words) {
        Complaint c = life.accept(life.register(billingComplaint()));
        c = life.agent.reclassifyComplaint(ReclassifyComplaintRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(Lifecycle.requestId()).setUtilityDomain(c.getUtilityDomain())
                .setNature(Nature.NATURE_SERVICE_QUALITY).setTopic("meter reading").setReason(words).build()).getComplaint();
        c = life.supervisor.changeComplaintSeverity(ChangeComplaintSeverityRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(Lifecycle.requestId()).setSeverity(Severity.SEVERITY_LEVEL_2)
                .setReason(words).build()).getComplaint();
        c = life.dispatch(c);
        c = life.handler.requestClockExtension(extension(c, words)).getComplaint();
        c = life.supervisor.rejectClockExtension(RejectClockExtensionRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(Lifecycle.requestId()).setReason(words).build()).getComplaint();
        c = life.handler.requestClockExtension(extension(c, words)).getComplaint();
        c = life.supervisor.approveClockExtension(ApproveClockExtensionRequest.newBuilder().setName(c.getName())
                .setEtag(c.getEtag()).setRequestId(Lifecycle.requestId()).setNote(words).build()).getComplaint();
        Complaint proposed = life.proposeWithCompensation(life.find(life.investigate(life.contact(c)),
                Responsibility.RESPONSIBILITY_COMPANY), 200);
        life.supervisor.sendBackComplaintResolution(SendBackComplaintResolutionRequest.newBuilder()
                .setName(proposed.getName()).setEtag(proposed.getEtag()).setRequestId(Lifecycle.requestId())
                .setReason(words).build());
        Complaint another = life.dispatch(life.accept(life.register(billingComplaint())));
        another = life.handler.returnComplaint(ReturnComplaintRequest.newBuilder().setName(another.getName())
                .setEtag(another.getEtag()).setRequestId(Lifecycle.requestId()).setReason(words).build()).getComplaint();
        another = life.dispatch(another);
        return life.supervisor.redispatchComplaint(RedispatchComplaintRequest.newBuilder().setName(another.getName())
                .setEtag(another.getEtag()).setRequestId(Lifecycle.requestId())
                .setLeadDepartment(Lifecycle.OTHER_DEPARTMENT).setHandler("handler-wu").setReason(words).build())
                .getComplaint();
    }

    private static RequestClockExtensionRequest extension(Complaint c, String words) {
        Instant due = Instant.ofEpochSecond(c.getClocksList().stream()
                .filter(clock -> clock.getKind() == org.complaintdesk.api.v1.Clock.Kind.KIND_REPLY)
                .findFirst().orElseThrow().getDueTime().getSeconds());
        return RequestClockExtensionRequest.newBuilder().setName(c.getName()).setEtag(c.getEtag())
                .setRequestId(Lifecycle.requestId()).setClock(org.complaintdesk.api.v1.Clock.Kind.KIND_REPLY)
                .setNewDueTime(com.google.protobuf.Timestamp.newBuilder()
                        .setSeconds(due.plus(java.time.Duration.ofDays(7)).getEpochSecond()))
                .setReason(words).setPreliminaryOpinion(words)
                .setComplainantToldTime(com.google.protobuf.Timestamp.newBuilder()
                        .setSeconds(Instant.now().minusSeconds(60).getEpochSecond())).build();
    }

    @Test
    void after_the_process_is_killed_a_restart_takes_over_the_orphaned_database_and_loses_nothing(@TempDir Path dataDir)
            throws Exception {
        int port = freePort();
        String ticket;
        try (RunningService crashed = RunningService.start(dataDir, port);
             ApiClient client = new ApiClient(port, developmentIssuerOf(dataDir))) {
            ticket = client.agent().createComplaint(create(billingComplaint()).build()).getComplaint().getTicketNumber();
            // kill -9: no shutdown hook runs, the PostgreSQL server is left running on its own.
            crashed.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(dataDir.resolve("pgdata/postmaster.pid")).exists();

        try (RunningService restarted = RunningService.start(dataDir, port);
             ApiClient client = new ApiClient(port, developmentIssuerOf(dataDir))) {
            assertThat(restarted.output()).anyMatch(line -> line.contains("that a previous run left on"));
            Complaint again = client.agent().getComplaint(
                    GetComplaintRequest.newBuilder().setName("complaints/" + ticket).build()).getComplaint();
            assertThat(again.getTicketNumber()).isEqualTo(ticket);
            restarted.terminate();
        }
        assertThat(dataDir.resolve("pgdata/postmaster.pid")).doesNotExist();
    }

    /** Tokens of the development issuer whose key the service keeps in {@code dataDir}. */
    private static Tokens developmentIssuerOf(Path dataDir) {
        return Tokens.of(DevelopmentIssuer.inDataDirectory(dataDir, AuthenticationSettings.DEFAULTS));
    }

    /** Tokens as {@code ./build.sh token} prints them: {@code Main token ...} in a child process. */
    private static Tokens tokenCommand(Path dataDir) {
        return (userId, role, orgUnit) -> {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            var builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "token", "--user", userId, "--role", role, "--unit", orgUnit);
            builder.environment().put("COMPLAINTS_DATA_DIR", dataDir.toString());
            try {
                Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                assertThat(process.waitFor()).as("exit code of the token command").isZero();
                return token;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code java Main} in a child process with the test's class path. */
    private record RunningService(Process process, List<String> lines, Thread reader) implements AutoCloseable {

        static RunningService start(Path dataDir, int port) throws Exception {
            return start(dataDir, port, "INFO");
        }

        static RunningService start(Path dataDir, int port, String logLevel) throws Exception {
            return start(dataDir, port, Map.of("COMPLAINTS_LOG_LEVEL", logLevel));
        }

        static RunningService start(Path dataDir, int port, Map<String, String> settings) throws Exception {
            Process process = command(dataDir, port, settings).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "service-output");
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (lines.stream().noneMatch(line -> line.contains("listening for gRPC on port " + port))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("service did not start:\n" + String.join("\n", lines));
                }
                Thread.sleep(100);
            }
            assertThat(Files.isDirectory(dataDir.resolve("pgdata"))).isTrue();
            return new RunningService(process, lines, reader);
        }

        /** {@code java Main} with the embedded database in {@code dataDir}, and {@code settings} on top. */
        static ProcessBuilder command(Path dataDir, int port, Map<String, String> settings) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName())
                    .redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("COMPLAINTS_"));
            builder.environment().put("COMPLAINTS_DATA_DIR", dataDir.toString());
            builder.environment().put("COMPLAINTS_PORT", Integer.toString(port));
            // Any free admin port: tests beside it on this machine may hold 8081.
            builder.environment().put("COMPLAINTS_ADMIN_PORT", "0");
            builder.environment().putAll(settings);
            return builder;
        }

        /** SIGTERM, then the exit code. */
        int terminate() throws InterruptedException {
            // Process.destroy() would also close our end of its output and lose the shutdown log.
            process.toHandle().destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("service did not stop within 60 s after SIGTERM");
            }
            reader.join(10_000);
            return process.exitValue();
        }

        List<String> output() {
            return lines;
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
