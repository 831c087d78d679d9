package org.complaintdesk.adapters.postgres.testing;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own on the test server, beside the test database's, for the tests that fill it
 * as an older version did and then migrate it the rest of the way. Drop it when done.
 */
public final class MigratedSchema implements AutoCloseable {
    private final String schema;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final DSLContext dsl;

    /** A new schema, migrated up to {@code version}. */
    public MigratedSchema(String prefix, String version) {
        schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        TestDatabase.Server server = TestDatabase.server();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        dataSource.setCurrentSchema(schema);
        dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
        migrateTo(version);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Applies the migrations up to {@code version}, or all of them for {@code "latest"}. */
    public void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(version).load().migrate();
    }

    @Override
    public void close() {
        dsl.execute("drop schema " + DSL.quotedName(schema) + " cascade");
    }
}
