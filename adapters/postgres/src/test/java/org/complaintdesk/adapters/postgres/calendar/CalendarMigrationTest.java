package org.complaintdesk.adapters.postgres.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.application.calendar.CalendarYear;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.complaintdesk.domain.organisation.UserId;
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
 * V3 seeds the official arrangements exactly as the domain ships them. Runs in a schema of its
 * own, freshly migrated, because the test database's calendar is put back from the domain's
 * arrangements between tests and so could not tell.
 */
class CalendarMigrationTest {
    private final String schema = "calendar_migration_" + UUID.randomUUID().toString().replace("-", "");
    private DSLContext dsl;

    @BeforeEach
    void aFreshlyMigratedSchema() {
        TestDatabase.Server server = TestDatabase.server();
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        dataSource.setCurrentSchema(schema);
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void dropTheSchema() {
        dsl.execute("drop schema " + DSL.quotedName(schema) + " cascade");
    }

    @Test
    void the_seeded_calendar_is_the_official_arrangements_of_2025_and_2026_at_etag_1() {
        var store = new PostgresCalendarStore(dsl);

        assertThat(store.all()).extracting(CalendarYear::arrangement).containsExactlyElementsOf(OfficialArrangements.shipped());
        assertThat(store.all()).allSatisfy(year -> {
            assertThat(year.version()).isEqualTo(1);
            assertThat(year.updatedBy()).isEqualTo(new UserId(TestDatabase.SHIPPED_BY));
        });
    }
}
