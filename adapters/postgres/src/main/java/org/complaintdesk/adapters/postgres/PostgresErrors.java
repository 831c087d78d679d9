package org.complaintdesk.adapters.postgres;

import java.util.Optional;
import org.jooq.ForeignKey;
import org.jooq.Key;
import org.jooq.UniqueKey;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads what PostgreSQL said went wrong, so the stores can give it a domain meaning. */
public final class PostgresErrors {
    /** SQLSTATE unique_violation. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE foreign_key_violation. */
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    /**
     * SQLSTATE serialization_failure: under REPEATABLE READ or SERIALIZABLE, another transaction
     * changed what this one read or wrote since it started.
     */
    public static final String SERIALIZATION_FAILURE = "40001";

    private PostgresErrors() {
    }

    /** Whether {@code e} is a unique violation of exactly {@code key} (by constraint name). */
    public static boolean isUniqueViolation(DataAccessException e, UniqueKey<?> key) {
        return is(e, UNIQUE_VIOLATION, key);
    }

    /** Whether {@code e} is a violation of exactly the foreign key {@code key} (by constraint name). */
    public static boolean isForeignKeyViolation(DataAccessException e, ForeignKey<?, ?> key) {
        return is(e, FOREIGN_KEY_VIOLATION, key);
    }

    public static boolean isSerializationFailure(DataAccessException e) {
        return SERIALIZATION_FAILURE.equals(e.sqlState());
    }

    private static boolean is(DataAccessException e, String sqlState, Key<?> key) {
        return sqlState.equals(e.sqlState()) && constraint(e).filter(key.getName()::equals).isPresent();
    }

    private static Optional<String> constraint(DataAccessException e) {
        return Optional.ofNullable(e.getCause(PSQLException.class))
                .map(PSQLException::getServerErrorMessage)
                .map(ServerErrorMessage::getConstraint);
    }
}
