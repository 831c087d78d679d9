package org.complaintdesk.adapters.postgres.complaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;

/**
 * Several inserts sent as one statement text, bound and executed in one round trip.
 *
 * <p>On a connection in auto-commit mode the driver sends the statements with a single Sync, so
 * PostgreSQL runs them as one implicit transaction: all are stored or none, and there is no
 * {@code BEGIN} or {@code COMMIT} to wait for. The texts are built from cached column lists, so
 * the same shape of write is the same text and is parsed and planned once per connection, and no
 * query is rendered on the way. For the registration, the hottest write of the service.
 */
final class StatementChain {
    /** "insert into t (a, b) values " per set of columns (of one table: a field names its table). */
    private static final Map<List<Field<?>>, String> HEADS = new ConcurrentHashMap<>();
    /** "(?, ?, ?)" per number of columns. */
    private static final Map<Integer, String> ROWS = new ConcurrentHashMap<>();

    private final StringBuilder text = new StringBuilder(4096);
    private final List<Object> values = new ArrayList<>();
    private int statements;

    /**
     * The insert of the records, all of one table, with the columns set on the first (every
     * record must set the same ones): a column left unset keeps its default.
     */
    @SafeVarargs
    final <R extends TableRecord<R>> StatementChain insert(R... records) {
        return insert(List.of(records));
    }

    <R extends TableRecord<R>> StatementChain insert(List<R> records) {
        if (records.isEmpty()) {
            return this;
        }
        List<Field<?>> columns = setColumns(records.getFirst());
        String row = row(columns.size());
        next().append(head(records.getFirst(), columns));
        for (int r = 0; r < records.size(); r++) {
            R record = records.get(r);
            text.append(r == 0 ? "" : ", ").append(row);
            for (Field<?> column : columns) {
                values.add(record.get(column));
            }
        }
        return this;
    }

    private static <R extends TableRecord<R>> List<Field<?>> setColumns(R record) {
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field)) {
                columns.add(field);
            }
        }
        return columns;
    }

    private static <R extends TableRecord<R>> String head(R record, List<Field<?>> columns) {
        return HEADS.computeIfAbsent(columns, k -> "insert into \"" + record.getTable().getName() + "\" ("
                + columns.stream().map(f -> "\"" + f.getName() + "\"").collect(Collectors.joining(", ")) + ") values ");
    }

    private static String row(int columns) {
        return ROWS.computeIfAbsent(columns, n -> "(" + String.join(", ", Collections.nCopies(n, "?")) + ")");
    }

    /** A statement of its own, its parameters marked {@code ?}. */
    StatementChain statement(String sql, Object... parameters) {
        next().append(sql);
        values.addAll(Arrays.asList(parameters));
        return this;
    }

    /**
     * Runs the statements in one round trip: on a pooled connection in auto-commit mode, as one
     * implicit transaction; on the connection of a transaction the context is in, as a part of it
     * (a failure then fails that transaction: there is no savepoint).
     *
     * @throws DataAccessException as jOOQ would, so that callers read PostgreSQL's error the same way
     */
    void execute(DSLContext dsl) {
        String sql = text.toString();
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    bind(connection, statement, i + 1, values.get(i));
                }
                statement.execute();
            } catch (SQLException e) {
                throw new DataAccessException("a chain of " + statements + " statements failed", e);
            }
        });
    }

    static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        switch (value) {
            // The server infers the column's type from the statement.
            case null -> statement.setNull(index, Types.OTHER);
            case Instant instant -> statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            case JSONB json -> statement.setObject(index, json.data(), Types.OTHER);
            case String[] texts -> statement.setArray(index, connection.createArrayOf("text", texts));
            case Integer[] numbers -> statement.setArray(index, connection.createArrayOf("integer", numbers));
            case byte[] bytes -> statement.setBytes(index, bytes);
            default -> statement.setObject(index, value);
        }
    }

    private StringBuilder next() {
        statements++;
        return text.isEmpty() ? text : text.append(";\n");
    }
}
