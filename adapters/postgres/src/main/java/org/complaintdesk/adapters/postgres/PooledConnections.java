package org.complaintdesk.adapters.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.jooq.tools.jdbc.DefaultConnection;

/**
 * jOOQ's connections from a pool whose connections all start at one known isolation level.
 *
 * <p>jOOQ asks a connection for its isolation level at the start of every transaction, to restore
 * it after; the PostgreSQL driver answers that with a {@code SHOW} statement, a round trip per
 * transaction. The pool sets the level on every new connection and sets it back on every
 * connection returned changed, so the level is known without asking.
 */
final class PooledConnections implements ConnectionProvider {
    /** The level the pool gives every connection: PostgreSQL's own default. */
    static final int ISOLATION = Connection.TRANSACTION_READ_COMMITTED;
    /** The same, as HikariCP's setting names it. */
    static final String ISOLATION_NAME = "TRANSACTION_READ_COMMITTED";

    private final DataSource pool;

    PooledConnections(DataSource pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    @Override
    public Connection acquire() {
        try {
            return new KnownIsolation(pool.getConnection());
        } catch (SQLException e) {
            throw new DataAccessException("no connection from the pool", e);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("the connection could not be returned to the pool", e);
        }
    }

    /** A pooled connection that tracks its isolation level instead of asking the server for it. */
    private static final class KnownIsolation extends DefaultConnection {
        private int isolation = ISOLATION;

        KnownIsolation(Connection pooled) {
            super(pooled);
        }

        @Override
        public int getTransactionIsolation() {
            return isolation;
        }

        @Override
        public void setTransactionIsolation(int level) throws SQLException {
            super.setTransactionIsolation(level);
            isolation = level;
        }
    }
}
