package org.complaintdesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;
import org.complaintdesk.domain.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void the_identity_headers_name_user_role_and_unit() {
        Caller caller = Caller.fromHeaders("hotline:zhang.wei", "supervisor", "HEAT-NORTH");

        assertThat(caller).isEqualTo(new Caller(Optional.of(new UserId("hotline:zhang.wei")), Optional.of(Role.SUPERVISOR),
                Optional.of(new OrgUnitId("HEAT-NORTH"))));
    }

    @Test
    void missing_or_blank_headers_leave_the_caller_anonymous() {
        assertThat(Caller.fromHeaders(null, " ", "")).isEqualTo(Caller.ANONYMOUS);
    }

    @Test
    void every_malformed_header_is_reported_under_its_own_name() {
        assertThatThrownBy(() -> Caller.fromHeaders("zhang wei", "boss", "/root"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactlyInAnyOrder("x-user-id FORMAT", "x-user-role FORMAT", "x-org-unit FORMAT"));
    }

    @Test
    void a_write_by_an_anonymous_caller_is_refused_as_unauthenticated() {
        assertThatThrownBy(Caller.ANONYMOUS::requireUserId)
                .isInstanceOfSatisfying(CallerNotIdentifiedException.class,
                        refused -> assertThat(refused.headers()).containsExactly("x-user-id"));
    }

    @Test
    void a_lifecycle_step_needs_user_role_and_unit() {
        Caller caller = Caller.fromHeaders("handler-3", "HANDLER", "HEAT-MAINT");

        assertThat(caller.requireActor()).isEqualTo(new Actor(new UserId("handler-3"), Role.HANDLER,
                new OrgUnitId("HEAT-MAINT")));
    }

    @Test
    void a_step_without_role_or_unit_is_refused_naming_every_missing_header() {
        Caller userOnly = Caller.fromHeaders("agent-7", null, null);

        assertThatThrownBy(userOnly::requireActor)
                .isInstanceOfSatisfying(CallerNotIdentifiedException.class, refused -> {
                    assertThat(refused.headers()).containsExactly("x-user-role", "x-org-unit");
                    assertThat(refused.getMessage()).contains("x-user-role and x-org-unit headers");
                });
    }
}
