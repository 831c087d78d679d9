package org.complaintdesk.adapters.grpc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A copy of a failure, fit for the log: the messages of {@link SQLException}s, which can quote row
 * values and so personal data (a duplicate key "(phone_number)=(13812345678)"), are replaced by
 * their SQLState, also where a wrapping exception repeated them in its own message. Stack traces,
 * causes and suppressed exceptions are kept; each copy's message starts with the class it copies.
 */
final class RedactedFailure extends RuntimeException {

    private RedactedFailure(String message) {
        // Leaves the cause unset, so that the copy of the original's cause can be put in.
        super(message);
    }

    /** The failure itself when nothing in it is an SQL exception, else its redacted copy. */
    static Throwable of(Throwable failure) {
        List<SQLException> sqlFailures = new ArrayList<>();
        collectSqlFailures(failure, sqlFailures, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (sqlFailures.isEmpty()) {
            return failure;
        }
        return copy(failure, sqlFailures, new IdentityHashMap<>());
    }

    private static void collectSqlFailures(Throwable failure, List<SQLException> found, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        if (failure instanceof SQLException sql) {
            found.add(sql);
            collectSqlFailures(sql.getNextException(), found, seen);
        }
        collectSqlFailures(failure.getCause(), found, seen);
        for (Throwable suppressed : failure.getSuppressed()) {
            collectSqlFailures(suppressed, found, seen);
        }
    }

    private static Throwable copy(Throwable failure, List<SQLException> sqlFailures, IdentityHashMap<Throwable, Throwable> copies) {
        Throwable done = copies.get(failure);
        if (done != null) {
            return done;
        }
        RedactedFailure copy = new RedactedFailure(failure.getClass().getName() + ": " + redactedMessage(failure, sqlFailures));
        copies.put(failure, copy);
        copy.setStackTrace(failure.getStackTrace());
        if (failure.getCause() != null) {
            copy.initCause(copy(failure.getCause(), sqlFailures, copies));
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, sqlFailures, copies));
        }
        return copy;
    }

    private static String redactedMessage(Throwable failure, List<SQLException> sqlFailures) {
        if (failure instanceof SQLException sql) {
            return sqlState(sql);
        }
        String message = failure.getMessage();
        if (message == null) {
            return "";
        }
        for (SQLException sql : sqlFailures) {
            String quoted = sql.getMessage();
            if (quoted != null && !quoted.isEmpty()) {
                message = message.replace(quoted, sqlState(sql));
            }
        }
        return message;
    }

    private static String sqlState(SQLException sql) {
        return "[SQLState " + sql.getSQLState() + "]";
    }
}
