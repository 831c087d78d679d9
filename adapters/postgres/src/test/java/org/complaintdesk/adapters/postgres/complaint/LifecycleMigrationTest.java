package org.complaintdesk.adapters.postgres.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.AGENT;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.aNewStepRequest;
import static org.complaintdesk.adapters.postgres.testing.HandlingFixture.accepted;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintEvent;
import org.complaintdesk.domain.complaint.ComplaintSnapshot;
import org.complaintdesk.domain.complaint.EventType;
import org.complaintdesk.domain.complaint.Priority;
import org.complaintdesk.domain.complaint.Severity;
import org.complaintdesk.domain.organisation.Actor;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * V2 on a register that V1 filled: complaints registered before the lifecycle get the registration
 * entry their timeline starts with, and their handling goes on from there. Runs in a schema of its
 * own, migrated step by step, beside the test database's own.
 */
class LifecycleMigrationTest {
    private final String schema = "lifecycle_migration_" + UUID.randomUUID().toString().replace("-", "");
    private PGSimpleDataSource dataSource;
    private DSLContext dsl;

    @BeforeEach
    void aSchemaAtV1() {
        TestDatabase.Server server = TestDatabase.server();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        dataSource.setCurrentSchema(schema);
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
        migrateTo("1");
    }

    @AfterEach
    void dropTheSchema() {
        dsl.execute("drop schema " + DSL.quotedName(schema) + " cascade");
    }

    @Test
    void a_complaint_registered_before_the_lifecycle_has_its_registration_on_its_timeline() {
        Complaint registeredThen = registered(anIntake().severity(Severity.LEVEL_2, "多户反映").priority(Priority.HIGH));
        insertAsV1(registeredThen.snapshot());

        migrateTo("latest");

        ComplaintEvent registration = registeredThen.newEvents().getFirst();
        // V1 did not keep the registering agent's own unit; the complaint's unit stands in for it.
        var asBackfilled = new ComplaintEvent(registration.complaintId(), 1, registration.type(),
                new Actor(AGENT.userId(), AGENT.role(), registeredThen.registration().orgUnit()), registration.occurredAt(),
                registration.stateBefore(), registration.stateAfter(), registration.note(), registration.details());
        assertThat(new PostgresComplaintTimeline(dsl).events(registeredThen.id(), 0, 10)).containsExactly(asBackfilled);
        // Its handling is NONE: no step was taken before the lifecycle existed.
        assertThat(new PostgresComplaintStore(dsl).findById(registeredThen.id()))
                .map(Complaint::snapshot)
                .contains(registeredThen.snapshot());
    }

    @Test
    void the_next_step_on_a_complaint_registered_before_the_lifecycle_continues_its_timeline() {
        Complaint registeredThen = registered(anIntake());
        insertAsV1(registeredThen.snapshot());
        migrateTo("latest");
        var store = new PostgresComplaintStore(dsl);

        Complaint accepted = accepted(store.findById(registeredThen.id()).orElseThrow());
        store.update(accepted, aNewStepRequest());

        assertThat(new PostgresComplaintTimeline(dsl).events(registeredThen.id(), 0, 10))
                .extracting(ComplaintEvent::sequence, ComplaintEvent::type)
                .containsExactly(
                        tuple(1L, EventType.REGISTERED),
                        tuple(2L, EventType.ACCEPTED));
    }

    private void migrateTo(String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    /** The row as V1's code wrote it: its columns only, in plain SQL (which binds times as text, hence the casts). */
    private void insertAsV1(ComplaintSnapshot c) {
        dsl.execute("""
                insert into complaint (
                    id, ticket_number, state, complainant_name, complainant_phone, complainant_account_number,
                    complainant_address, contact_preference, channel, channel_reference, received_at, kind,
                    utility_domain, nature, topic, safety_hazard, large_area_interruption, wide_area_quality_problem,
                    proposed_severity, severity, severity_override_reason, priority, description, demand, location,
                    org_unit, registered_by, registered_at, updated_at, version)
                values (?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?::timestamptz, ?::timestamptz, 1)
                """,
                c.id().value(), c.ticketNumber().value(), c.submission().complainant().name().value(),
                c.submission().complainant().phone().value(), c.submission().complainant().accountNumber().map(a -> a.value()).orElse(null),
                c.submission().complainant().address().value(), c.submission().complainant().contactPreference().name(), c.submission().channel().name(),
                c.submission().channelReference().map(r -> r.value()).orElse(null), c.submission().receivedAt(), c.classification().kind().name(),
                c.classification().utilityDomain().name(), c.classification().nature().name(), c.classification().topic().value(), c.submission().facts().safetyHazard(),
                c.submission().facts().largeAreaInterruption(), c.submission().facts().wideAreaQualityProblem(),
                (short) c.triage().severity().proposed().number(), (short) c.triage().severity().applied().number(),
                c.triage().severity().overrideReason().map(r -> r.value()).orElse(null), c.triage().priority().name(),
                c.submission().description().value(), c.submission().demand().value(), c.submission().location().map(l -> l.value()).orElse(null),
                c.registration().orgUnit().value(), c.registration().registeredBy().value(), c.registration().registeredAt(), c.updatedAt());
    }
}
