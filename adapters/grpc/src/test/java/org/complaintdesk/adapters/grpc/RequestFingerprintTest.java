package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintdesk.api.v1.AcceptComplaintRequest;
import org.complaintdesk.api.v1.CreateComplaintRequest;
import org.complaintdesk.api.v1.GetComplaintRequest;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
    // Worked out by hand from the wire format, independently of protobuf-java.
    private static final String GOLDEN = "e6d045518b4ddb88acc7b50a190b86eb30a242c6ad0c5b0922c0e7bc7ddc5c41";

    @Test
    void the_recipe_does_not_change_because_stored_fingerprints_depend_on_it() {
        // SHA-256 of the deterministic serialisation of {name: "complaints/x", etag: "1", next_steps: "call"}.
        var request = AcceptComplaintRequest.newBuilder()
                .setName("complaints/x").setEtag("1").setRequestId("req-1").setNextSteps("call").build();

        assertThat(RequestFingerprint.of(request)).isEqualTo(GOLDEN);
    }

    @Test
    void the_request_id_is_left_out_and_every_other_field_counts() {
        var request = AcceptComplaintRequest.newBuilder().setName("complaints/x").setEtag("1").setNextSteps("call");

        assertThat(RequestFingerprint.of(request.clone().setRequestId("a").build()))
                .isEqualTo(RequestFingerprint.of(request.clone().setRequestId("b").build()));
        assertThat(RequestFingerprint.of(request.clone().setEtag("2").build()))
                .isNotEqualTo(RequestFingerprint.of(request.build()));
    }

    @Test
    void a_registration_is_fingerprinted_as_before() {
        var request = Requests.heatingComplaint("req-1").build();

        assertThat(IntakeMapper.fingerprint(request)).isEqualTo(RequestFingerprint.of(request))
                .isEqualTo(RequestFingerprint.of(CreateComplaintRequest.newBuilder(request).setRequestId("other").build()));
    }

    @Test
    void a_message_without_request_id_has_no_fingerprint() {
        assertThatThrownBy(() -> RequestFingerprint.of(GetComplaintRequest.getDefaultInstance()))
                .isInstanceOf(IllegalArgumentException.class);
    }

}
