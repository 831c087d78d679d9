package org.complaintdesk.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The service's PostgreSQL database: a connection pool, the schema brought up to date by the
 * Flyway migrations on {@code classpath:db/migration}, and a jOOQ context over the pool.
 * Works with the embedded server and with any external PostgreSQL 15 or newer.
 */
public final class Database implements AutoCloseable {
    public static final int DEFAULT_POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        // Tables are named without a schema, so they resolve through the search_path, where the
        // migrations created them. PostgreSQL 15+ no longer lets every user create tables in
        // "public"; a service account often gets a schema of its own instead.
        this.dsl = DSL.using(new PooledConnections(dataSource), SQLDialect.POSTGRES, new Settings().withRenderSchema(false));
    }

    /**
     * The service's queries read a page or a few rows: starting parallel workers costs more than the
     * whole query (a work queue's page took 35 ms to gather from two workers, 1.7 ms without).
     * Statistics, which read whole periods, turn them back on for their transactions.
     */
    public static final String SERIAL_QUERIES = "set max_parallel_workers_per_gather = 0";

    /** Connects with a pool of {@value #DEFAULT_POOL_SIZE} connections and migrates the schema. */
    public static Database connect(String jdbcUrl, String user, String password) {
        return connect(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    /**
     * Connects, migrates the schema and returns the ready database.
     *
     * @throws org.flywaydb.core.api.FlywayException if a migration fails; the pool is closed then
     */
    public static Database connect(String jdbcUrl, String user, String password, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(Objects.requireNonNull(user, "user"));
        config.setPassword(Objects.requireNonNull(password, "password"));
        config.setMaximumPoolSize(maximumPoolSize);
        config.setTransactionIsolation(PooledConnections.ISOLATION_NAME);
        config.setConnectionInitSql(SERIAL_QUERIES);
        config.setPoolName("complaintdesk");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    /**
     * A second, small pool to the same database, already migrated, for work that must not queue
     * behind the calls for a connection (the outbox's sequencer and readers). The caller closes it.
     */
    public Database companion(String poolName, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(dataSource.getJdbcUrl());
        config.setUsername(dataSource.getUsername());
        config.setPassword(dataSource.getPassword());
        config.setMaximumPoolSize(maximumPoolSize);
        config.setTransactionIsolation(PooledConnections.ISOLATION_NAME);
        config.setConnectionInitSql(SERIAL_QUERIES);
        config.setMinimumIdle(1);
        config.setPoolName(Objects.requireNonNull(poolName, "poolName"));
        return new Database(new HikariDataSource(config));
    }

    /**
     * Publishes the pool's use and waits (connections active, idle, pending, acquire time) to a
     * Micrometer {@code MeterRegistry}, through HikariCP's own tracker. A pool publishes to one
     * registry in its life.
     *
     * @throws IllegalStateException if this pool already publishes
     */
    public void publishMetricsTo(Object meterRegistry) {
        dataSource.setMetricRegistry(Objects.requireNonNull(meterRegistry, "meterRegistry"));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Closes the pool; connections in use are closed as they are returned. */
    @Override
    public void close() {
        dataSource.close();
    }
}
