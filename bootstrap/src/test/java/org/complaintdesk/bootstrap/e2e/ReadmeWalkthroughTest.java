package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.CallOptions;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.api.v1.CalendarServiceGrpc;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ComplaintServiceGrpc;
import org.complaintdesk.api.v1.CreateComplaintResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * README's walkthrough, as a newcomer pastes it: every {@code step} and {@code cal} call of its
 * examples (except the block of steps that each need a complaint in another state) is read from
 * README itself and sent, with a token of the development issuer for the user, role and unit it
 * names, to a service on an empty register. {@code buf curl} is replaced by a gRPC call with the
 * same JSON body, so README's bodies, names, roles and units are what is tested.
 */
class ReadmeWalkthroughTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);
    // A call: function, method, user, role, unit, then the single-quoted JSON body.
    private static final Pattern CALL = Pattern.compile(
            "^(step|cal) (\\w+) (\\S+) (\\S+) (\\S+) '(.*?)'(?: \\| tee \\S+)?$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final String NOW = "'$(date -u +%FT%TZ)'";
    private static final String NAME = "'$C'";
    private static final String TICKET = "'$T'";

    @RegisterExtension
    static final RunningDesk running = new RunningDesk();

    @Test
    void every_call_of_the_walkthrough_succeeds_and_takes_the_complaint_to_its_archive() throws IOException {
        List<Call> calls = walkthrough();
        assertThat(calls).extracting(Call::method).contains("CreateComplaint", "ArchiveComplaint",
                "ListComplaintEvents", "ListPersonalDataAccesses", "PreviewComplaintDeadlines", "UpdateCalendarYear");

        String name = null;
        String ticket = null;
        Message last = null;
        for (Call call : calls) {
            String body = call.body().replace(NOW, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            if (body.contains(NAME)) {
                assertThat(name).as("a complaint is created before %s names it", call.method()).isNotNull();
                body = body.replace(NAME, name);
            }
            if (body.contains(TICKET)) {
                assertThat(ticket).as("a complaint is created before %s names its ticket", call.method()).isNotNull();
                body = body.replace(TICKET, ticket);
            }
            last = send(call, body);
            if (last instanceof CreateComplaintResponse created) {
                name = created.getComplaint().getName();
                ticket = created.getComplaint().getTicketNumber();
            }
            if (call.method().equals("ArchiveComplaint")) {
                assertThat(((org.complaintdesk.api.v1.ArchiveComplaintResponse) last).getComplaint().getState())
                        .isEqualTo(Complaint.State.STATE_ARCHIVED);
            }
        }
    }

    /** The calls of README's examples, in README's order. */
    private static List<Call> walkthrough() throws IOException {
        String readme = Files.readString(README);
        List<Call> calls = new ArrayList<>();
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            String code = block.group(1);
            // Those steps need complaints in states the walkthrough does not reach, one each.
            if (code.contains("'$E'")) {
                continue;
            }
            // The shell breaks its quotes around the substitutions; read them as placeholders.
            Matcher call = CALL.matcher(code.replace(NAME, "\u0001").replace(TICKET, "\u0003").replace(NOW, "\u0002"));
            while (call.find()) {
                calls.add(new Call(call.group(1), call.group(2), call.group(3), call.group(4), call.group(5),
                        call.group(6).replace("\u0001", NAME).replace("\u0003", TICKET).replace("\u0002", NOW)));
            }
        }
        return calls;
    }

    @SuppressWarnings("unchecked")
    private static Message send(Call call, String json) throws InvalidProtocolBufferException {
        ServiceDescriptor service = call.function().equals("cal")
                ? CalendarServiceGrpc.getServiceDescriptor() : ComplaintServiceGrpc.getServiceDescriptor();
        var method = (MethodDescriptor<Message, Message>) service.getMethods().stream()
                .filter(m -> call.method().equals(m.getBareMethodName())).findFirst()
                .orElseThrow(() -> new AssertionError("README calls a method the service lacks: " + call.method()));
        var prototype = ((MethodDescriptor.PrototypeMarshaller<Message>) method.getRequestMarshaller()).getMessagePrototype();
        Message.Builder request = prototype.newBuilderForType();
        JsonFormat.parser().merge(json, request);
        var client = running.client();
        var channel = io.grpc.ClientInterceptors.intercept(client.channel,
                MetadataUtils.newAttachHeadersInterceptor(client.tokens.headers(call.user(), call.role(), call.unit())));
        return ClientCalls.blockingUnaryCall(channel, method,
                CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), request.build());
    }

    private record Call(String function, String method, String user, String role, String unit, String body) {
    }
}
