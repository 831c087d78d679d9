package org.complaintdesk.adapters.postgres.complaint;

import java.util.Optional;
import org.jooq.UniqueKey;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads what PostgreSQL said went wrong, so the stores can give it a domain meaning. */
final class PostgresErrors {
    /** SQLSTATE unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private PostgresErrors() {
    }

    /** Whether {@code e} is a unique violation of exactly {@code key} (by constraint name). */
    static boolean isUniqueViolation(DataAccessException e, UniqueKey<?> key) {
        return UNIQUE_VIOLATION.equals(e.sqlState())
                && constraint(e).filter(key.getName()::equals).isPresent();
    }

    private static Optional<String> constraint(DataAccessException e) {
        return Optional.ofNullable(e.getCause(PSQLException.class))
                .map(PSQLException::getServerErrorMessage)
                .map(ServerErrorMessage::getConstraint);
    }
}
