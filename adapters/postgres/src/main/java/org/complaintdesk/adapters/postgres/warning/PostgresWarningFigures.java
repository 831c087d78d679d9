package org.complaintdesk.adapters.postgres.warning;

import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.statistics.FactConditions;
import org.complaintdesk.application.port.out.WarningFigures;
import org.complaintdesk.application.warning.WarningObservation;
import org.complaintdesk.application.warning.WarningRule;
import org.complaintdesk.application.warning.WarningScope;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.adapters.postgres.statistics.FactFold;
import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.Record;

/**
 * Measures warning rules with one grouped query over the statistics' fact rows (complaint_fact),
 * with the statistics' definitions (FactConditions): its own query rather than the statistics
 * store's, since a warning needs the ids of the complaints behind each figure, per owning unit or
 * department cut at a depth, over every tenant. The tenants are found by a walk of the received
 * index (one probe per tenant), and each tenant's facts by the index of the metric's time.
 */
public final class PostgresWarningFigures implements WarningFigures {
    private final DSLContext dsl;
    private final FactFold facts;

    public PostgresWarningFigures(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.facts = new FactFold(dsl);
    }

    @Override
    public List<WarningObservation> observe(WarningRule rule, Instant from, Instant to) {
        List<QueryPart> params = new ArrayList<>(List.of(val(from), val(to)));
        String at;
        // In the numerator: a count counts all; a rate its own part (satisfied, or late).
        String good;
        String cause;
        String only = "";
        switch (rule.metric()) {
            case RECEIVED -> {
                at = "f.received_at";
                good = "true";
                cause = "true";
            }
            case SATISFACTION -> {
                at = "f.callback_recorded_at";
                good = FactConditions.satisfied("f");
                cause = FactConditions.unsatisfied("f");
                only = " and " + FactConditions.verdictGiven("f");
            }
            case LATE_REPLIES -> {
                at = "f.replied_at";
                good = lateReply();
                cause = lateReply();
            }
            default -> throw new IllegalStateException("unknown metric " + rule.metric());
        }
        StringBuilder where = new StringBuilder(at).append(" >= {0} and ").append(at).append(" < {1}").append(only);
        rule.domain().ifPresent(d -> where.append(" and f.utility_domain = ").append(param(params, d.name())));
        rule.nature().ifPresent(n -> where.append(" and f.nature = ").append(param(params, n.name())));
        rule.topic().ifPresent(t -> where.append(" and f.topic = ").append(param(params, t.value())));
        String sql = """
                with recursive tenants (tenant) as (
                    select min(tenant) from complaint_fact
                    union all
                    select (select min(f.tenant) from complaint_fact f where f.tenant > t.tenant)
                    from tenants t where t.tenant is not null
                )
                select scope_unit, subject,
                       count(*) filter (where good) as numerator,
                       count(*) as denominator,
                       array_to_string((array_agg(id order by at, id) filter (where cause))[1 : %d], ',') as causes
                from (select %s as scope_unit, %s as subject, f.complaint_id as id, %s as at, %s as good,
                             %s as cause
                      from tenants t
                      join complaint_fact f on f.tenant = t.tenant
                      where %s) counted
                where scope_unit is not null
                group by scope_unit, subject
                order by scope_unit, subject""".formatted(WarningObservation.MAX_CAUSES, scope(rule.scope()),
                subject(rule), at, good, cause, where);
        // The facts follow the writes (V19): counted up to every change committed before now.
        facts.beforeQuestion();
        return dsl.resultQuery(sql, params.toArray(QueryPart[]::new)).fetch(PostgresWarningFigures::toObservation);
    }

    private static String param(List<QueryPart> params, String value) {
        params.add(val(value));
        return "{" + (params.size() - 1) + "}";
    }

    /**
     * A reply after its due: the round the monitor recorded as met late (the statistics' breach of
     * a met round), or a breach alert it raised before the reply, when the reply came before the
     * monitor timed it again.
     */
    private static String lateReply() {
        return "(exists (select 1 from complaint_clock_fact c where c.tenant = f.tenant"
                + " and c.complaint_id = f.complaint_id and c.clock = 'REPLY' and c.outcome = 'MET_LATE')"
                + " or exists (select 1 from clock_alert a where a.complaint_id = f.complaint_id and a.clock = 'REPLY'"
                + " and a.kind = 'BREACH' and a.raised_at <= f.replied_at))";
    }

    private static String scope(WarningScope scope) {
        String column = scope.kind() == WarningScope.Kind.UNIT ? "f.org_unit" : "f.lead_department";
        return FactConditions.cut(column, scope.depth());
    }

    private static String subject(WarningRule rule) {
        return rule.per().map(per -> switch (per) {
            case TOPIC -> "f.topic";
            case NATURE -> "f.nature";
            case DOMAIN -> "f.utility_domain";
        }).orElse("''");
    }
    private static WarningObservation toObservation(Record row) {
        String causes = row.get("causes", String.class);
        List<ComplaintId> ids = causes == null || causes.isEmpty() ? List.of()
                : Arrays.stream(causes.split(",")).map(id -> new ComplaintId(UUID.fromString(id))).toList();
        return new WarningObservation(new OrgUnitId(row.get("scope_unit", String.class)),
                row.get("subject", String.class), row.get("numerator", Long.class), row.get("denominator", Long.class), ids);
    }
}
