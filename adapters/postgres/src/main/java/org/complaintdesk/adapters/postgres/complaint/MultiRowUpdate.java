package org.complaintdesk.adapters.postgres.complaint;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;

/**
 * Many rows of one table updated by one statement, {@code update t set ... from (values ...)}:
 * the columns given (every column but the key, unless told) from the records, each row only if its
 * guard column still holds the value given. One statement fires the table's statement triggers
 * once for all the rows, and PostgreSQL plans it once.
 */
final class MultiRowUpdate<R extends TableRecord<R>> {
    private static final Map<Class<?>, String> TYPES = Map.of(UUID.class, "uuid", String.class, "text",
            Instant.class, "timestamptz", Short.class, "smallint", Integer.class, "integer", Long.class, "bigint",
            Boolean.class, "boolean", byte[].class, "bytea", String[].class, "text[]", JSONB.class, "jsonb");

    /** Parameters a statement: half of PostgreSQL's 65,535, so a statement's text stays modest. */
    private static final int PARAMETERS_PER_STATEMENT = 32_000;

    private final Field<?> key;
    private final Field<?> guard;
    /** The key, then the columns set. */
    private final List<Field<?>> columns;
    private final List<R> records = new ArrayList<>();
    private final List<Object> guards = new ArrayList<>();

    /** Sets every column of the key's table but the key. */
    MultiRowUpdate(TableField<R, ?> key, Field<?> guard) {
        this(key, guard, Arrays.asList(key.getTable().fields()));
    }

    /** Sets only the columns given; the others keep what is stored. */
    MultiRowUpdate(TableField<R, ?> key, Field<?> guard, List<Field<?>> set) {
        this.key = key;
        this.guard = guard;
        List<Field<?>> written = new ArrayList<>();
        written.add(key);
        set.stream().filter(c -> !c.equals(key)).forEach(written::add);
        if (written.size() == 1) {
            throw new IllegalArgumentException("an update sets at least one column");
        }
        this.columns = List.copyOf(written);
    }

    MultiRowUpdate<R> add(R record, Object guardValue) {
        records.add(record);
        guards.add(guardValue);
        return this;
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    int size() {
        return records.size();
    }

    /**
     * Runs the update on the context's connection (a transaction's, usually), as many rows a
     * statement as {@value #PARAMETERS_PER_STATEMENT} parameters hold; the rows it changed.
     */
    int execute(DSLContext dsl) {
        if (records.isEmpty()) {
            return 0;
        }
        int perStatement = rowsPerStatement(columns.size());
        int changed = 0;
        for (int from = 0; from < records.size(); from += perStatement) {
            int to = Math.min(from + perStatement, records.size());
            changed += execute(dsl, records.subList(from, to), guards.subList(from, to));
        }
        return changed;
    }

    private int execute(DSLContext dsl, List<R> records, List<Object> guards) {
        List<Object> values = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < records.size(); r++) {
            rows.append(r == 0 ? "(" : ", (");
            for (Field<?> column : columns) {
                values.add(records.get(r).get(column));
                rows.append(placeholder(column)).append(", ");
            }
            values.add(guards.get(r));
            rows.append(placeholder(guard)).append(')');
        }
        String sql = "update \"" + records.getFirst().getTable().getName() + "\" as t set "
                + columns.stream().filter(c -> !c.equals(key))
                        .map(c -> "\"" + c.getName() + "\" = v.\"" + c.getName() + "\"").collect(Collectors.joining(", "))
                + " from (values " + rows + ") as v ("
                + columns.stream().map(c -> "\"" + c.getName() + "\"").collect(Collectors.joining(", "))
                + ", \"guard\") where t.\"" + key.getName() + "\" = v.\"" + key.getName() + "\" and t.\""
                + guard.getName() + "\" = v.\"guard\"";
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    StatementChain.bind(connection, statement, i + 1, values.get(i));
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("an update of " + records.size() + " rows failed", e);
            }
        });
    }

    /** Rows of this many columns a statement: each row binds its columns and its guard. */
    static int rowsPerStatement(int columns) {
        return Math.max(1, PARAMETERS_PER_STATEMENT / (columns + 1));
    }

    /** A parameter cast to its column's type: a NULL in every row must still have one. */
    private static String placeholder(Field<?> column) {
        String type = TYPES.get(column.getType());
        if (type == null) {
            throw new IllegalArgumentException("no PostgreSQL type known for " + column + " of " + column.getType());
        }
        return "?::" + type;
    }
}
