package org.complaintdesk.adapters.postgres.statistics;

import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.StatisticsFilter;
import org.complaintdesk.application.statistics.StatisticsSlice;

/**
 * SQL text and bind values for the fact rows of a slice (alias {@code f}): the tenant, the scope by
 * reach, and the filter; and the definitions that the statistics and the warning rules share.
 * Only constant text is concatenated; every value is a bind.
 */
public final class FactConditions {
    /** In the numerator of the satisfaction rate (满意率), as {@code SatisfactionCounts} defines it. */
    public static String satisfied(String alias) {
        return alias + ".callback_satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')";
    }

    public static String unsatisfied(String alias) {
        return alias + ".callback_satisfaction = 'UNSATISFIED'";
    }

    /** In the satisfaction rate's denominator: the complainant was reached and gave a verdict. */
    public static String verdictGiven(String alias) {
        return alias + ".callback_satisfaction is not null";
    }

    final StringBuilder sql = new StringBuilder();
    final List<Object> binds = new ArrayList<>();

    private FactConditions() {
    }

    static FactConditions of(StatisticsSlice slice) {
        return of(slice, "f");
    }

    /**
     * The conditions on rows named {@code alias}: the fact rows, or the rollup's rows (V17), which
     * carry the tenant, reach and lead department too.
     */
    static FactConditions of(StatisticsSlice slice, String alias) {
        FactConditions c = new FactConditions();
        c.and(alias + ".tenant = ?", slice.scope().top().value());
        // The top of the tree reaches every complaint of its tenant: no need to look at the reach.
        if (!slice.scope().equals(slice.scope().top())) {
            c.and(alias + ".reach @> array[?]::text[]", slice.scope().value());
        }
        StatisticsFilter filter = slice.filter();
        filter.utilityDomain().ifPresent(v -> c.and(alias + ".utility_domain = ?", v.name()));
        filter.nature().ifPresent(v -> c.and(alias + ".nature = ?", v.name()));
        filter.topic().ifPresent(v -> c.and(alias + ".topic = ?", v.value()));
        filter.channel().ifPresent(v -> c.and(alias + ".channel = ?", v.name()));
        filter.kind().ifPresent(v -> c.and(alias + ".kind = ?", v.name()));
        filter.severity().ifPresent(v -> c.and(alias + ".severity = ?", (short) v.number()));
        filter.leadDepartment().ifPresent(v -> {
            c.and("(" + alias + ".lead_department = ? or starts_with(" + alias + ".lead_department, ?))", v.value());
            c.binds.add(v.value() + "/");
        });
        return c;
    }

    private void and(String condition, Object bind) {
        sql.append(sql.isEmpty() ? "" : " and ").append(condition);
        binds.add(bind);
    }

    /** The fact column a grouping counts by. */
    static String column(Grouping g) {
        return switch (g.dimension()) {
            case UTILITY_DOMAIN -> "f.utility_domain";
            case NATURE -> "f.nature";
            case TOPIC -> "f.topic";
            case CHANNEL -> "f.channel";
            case KIND -> "f.kind";
            case SEVERITY -> "f.severity";
            case OWNING_UNIT -> "f.org_unit";
            case LEAD_DEPARTMENT -> "f.lead_department";
            case RESPONSIBILITY -> "f.responsibility";
            case STATE -> "f.state";
        };
    }

    /** The key of a grouping from its {@link #column} named {@code value}; a missing value is the empty key. */
    static String key(Grouping g, String value) {
        return switch (g.dimension()) {
            case UTILITY_DOMAIN, NATURE, TOPIC, CHANNEL, KIND, STATE -> value;
            case SEVERITY -> value + "::text";
            case OWNING_UNIT -> cut(value, g.unitDepth());
            case LEAD_DEPARTMENT -> "coalesce(" + cut(value, g.unitDepth()) + ", '')";
            case RESPONSIBILITY -> "coalesce(" + value + ", '')";
        };
    }

    /** A unit code cut after {@code depth} levels; 0 keeps it whole. */
    public static String cut(String column, int depth) {
        if (depth == 0) {
            return column;
        }
        // depth is an int from a validated record, never text from a caller. Levels joined by
        // concat_ws, which skips the nulls of levels a shorter code lacks: several times cheaper per
        // row than splitting into an array and joining a slice of it.
        StringBuilder levels = new StringBuilder("concat_ws('/'");
        for (int level = 1; level <= depth; level++) {
            levels.append(", nullif(split_part(").append(column).append(", '/', ").append(level).append("), '')");
        }
        return levels.append(")").toString();
    }
}
