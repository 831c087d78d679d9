package org.complaintdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.complaintdesk.bootstrap.e2e.ApiClient.billingComplaint;
import static org.complaintdesk.bootstrap.e2e.ApiClient.create;
import static org.complaintdesk.bootstrap.e2e.ApiClient.details;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.api.v1.Complainant;
import org.complaintdesk.api.v1.Complaint;
import org.complaintdesk.api.v1.ListComplaintsRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The complainant's data is encrypted at rest, and a complainant's earlier complaints are found by
 * phone or account number through ListComplaints, over the real gRPC stack on PostgreSQL.
 */
class PersonalDataEndToEndTest {
    private static final String NAME = "欧阳娜娜";
    private static final String PHONE = "13712345679";
    private static final String ACCOUNT = "GX-8842-7719";
    private static final String ADDRESS = "南宁市青秀区幸福路88号";

    @RegisterExtension
    static final RunningDesk running = new RunningDesk();

    private static ApiClient client;

    @BeforeAll
    static void connect() {
        client = running.client();
    }

    @Test
    void a_complainants_complaints_are_listed_by_phone_number_and_by_account_number() {
        Complaint first = register(complainant(PHONE, ACCOUNT));
        Complaint second = register(complainant("+86 137 1234 5679", "gx88427719"));
        register(complainant("13712345678", "GX-8842-7718"));

        assertThat(names(ListComplaintsRequest.newBuilder().setComplainantPhoneNumber("+8613712345679")))
                .containsExactly(second.getName(), first.getName());
        assertThat(names(ListComplaintsRequest.newBuilder().setComplainantAccountNumber("GX88427719")))
                .containsExactly(second.getName(), first.getName());
        assertThat(names(ListComplaintsRequest.newBuilder().setComplainantPhoneNumber(PHONE)
                .setComplainantAccountNumber("GX-8842-7718"))).isEmpty();
    }

    @Test
    void pages_of_a_complainants_complaints_follow_one_another() {
        Complaint first = register(complainant(PHONE, ACCOUNT));
        Complaint second = register(complainant(PHONE, ACCOUNT));
        var request = ListComplaintsRequest.newBuilder().setComplainantPhoneNumber(PHONE).setPageSize(1);

        var page = client.agent().listComplaints(request.build());
        var next = client.agent().listComplaints(request.setPageToken(page.getNextPageToken()).build());

        assertThat(page.getComplaints(0).getName()).isEqualTo(second.getName());
        assertThat(next.getComplaints(0).getName()).isEqualTo(first.getName());
        assertThat(page.getNextPageToken()).doesNotContain(PHONE);
    }

    @Test
    void a_malformed_phone_or_account_filter_is_an_invalid_argument_that_does_not_repeat_it()
            throws InvalidProtocolBufferException {
        var e = catchThrowableOfType(StatusRuntimeException.class, () -> client.agent().listComplaints(
                ListComplaintsRequest.newBuilder().setComplainantPhoneNumber("99999-secret")
                        .setComplainantAccountNumber("#secret#").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        var violations = details(e).getDetailsList().stream().filter(d -> d.is(BadRequest.class)).findFirst()
                .orElseThrow().unpack(BadRequest.class).getFieldViolationsList();
        assertThat(violations).extracting(BadRequest.FieldViolation::getField)
                .containsExactlyInAnyOrder("complainant_phone_number", "complainant_account_number");
        assertThat(e.getMessage()).doesNotContain("secret");
        assertThat(violations).allSatisfy(v -> assertThat(v.getDescription()).doesNotContain("secret"));
    }

    @Test
    void what_the_service_stores_shows_none_of_the_complainants_data() {
        Complaint registered = register(complainant(PHONE, ACCOUNT));

        List<String> rows = TestDatabase.dsl().fetch("""
                select t::text from complaint t
                union all select t::text from complaint_event t
                union all select t::text from request_log t
                """).getValues(0, String.class);

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            for (String value : List.of(NAME, PHONE, ACCOUNT, ADDRESS, "88427719")) {
                assertThat(row).doesNotContain(value)
                        .doesNotContain(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
            }
        });
        assertThat(registered.getComplainant().getDisplayName()).isEqualTo(NAME);
    }

    private static Complaint.Builder complainant(String phone, String account) {
        return billingComplaint().setComplainant(Complainant.newBuilder().setDisplayName(NAME).setPhoneNumber(phone)
                .setAccountNumber(account).setAddress(ADDRESS));
    }

    private static Complaint register(Complaint.Builder complaint) {
        return client.agent().createComplaint(create(complaint).build()).getComplaint();
    }

    private static List<String> names(ListComplaintsRequest.Builder request) {
        return client.agent().listComplaints(request.build()).getComplaintsList().stream().map(Complaint::getName).toList();
    }
}
