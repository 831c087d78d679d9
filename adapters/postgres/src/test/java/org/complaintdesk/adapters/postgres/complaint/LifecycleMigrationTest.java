package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.AGENT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import org.complaintdesk.adapters.postgres.testing.LegacyRows;
import org.complaintdesk.adapters.postgres.testing.MigratedSchema;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.organisation.Actor;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V2 on a register that V1 filled: complaints registered before the lifecycle get the registration
 * entry their timeline starts with, and their handling goes on from there. Runs in a schema of its
 * own, migrated step by step, beside the test database's own.
 */
class LifecycleMigrationTest {
    private MigratedSchema schema;
    private DSLContext dsl;

    @BeforeEach
    void aSchemaAtV1() {
        schema = new MigratedSchema("lifecycle_migration", "1");
        dsl = schema.dsl();
    }

    @AfterEach
    void dropTheSchema() {
        schema.close();
    }

    @Test
    void a_complaint_registered_before_the_lifecycle_has_its_registration_on_its_timeline() {
        Complaint registeredThen = registered(anIntake().severity(Severity.LEVEL_2, "多户反映").priority(Priority.HIGH));
        LegacyRows.insertAsV1(dsl, registeredThen.snapshot());

        schema.migrateTo("latest");

        ComplaintEvent registration = registeredThen.newEvents().getFirst();
        // V1 did not keep the registering agent's own unit; the complaint's unit stands in for it.
        var asBackfilled = new ComplaintEvent(registration.complaintId(), 1,
                new Actor(AGENT.userId(), AGENT.role(), registeredThen.registration().orgUnit()), registration.occurredAt(),
                registration.stateBefore(), registration.stateAfter(), registration.note(), registration.details());
        assertThat(new PostgresComplaintTimeline(dsl).events(registeredThen.id(), 0, 10)).containsExactly(asBackfilled);
        // Its handling is NONE: no step was taken before the lifecycle existed.
        assertThat(new PostgresComplaintStore(dsl, TestDatabase.personalData()).findById(registeredThen.id()))
                .map(Complaint::snapshot)
                .contains(registeredThen.snapshot());
    }

    @Test
    void the_next_step_on_a_complaint_registered_before_the_lifecycle_continues_its_timeline() {
        Complaint registeredThen = registered(anIntake());
        LegacyRows.insertAsV1(dsl, registeredThen.snapshot());
        schema.migrateTo("latest");
        var store = new PostgresComplaintStore(dsl, TestDatabase.personalData());

        Complaint accepted = accepted(store.findById(registeredThen.id()).orElseThrow());
        store.update(accepted, aNewStepRequest());

        assertThat(new PostgresComplaintTimeline(dsl).events(registeredThen.id(), 0, 10))
                .extracting(ComplaintEvent::sequence, ComplaintEvent::type)
                .containsExactly(
                        tuple(1L, EventType.REGISTERED),
                        tuple(2L, EventType.ACCEPTED));
    }
}
