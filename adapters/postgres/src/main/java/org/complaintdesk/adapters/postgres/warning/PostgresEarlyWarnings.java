package org.complaintdesk.adapters.postgres.warning;

import static org.complaintdesk.adapters.postgres.jooq.Tables.EARLY_WARNING;
import static org.jooq.impl.DSL.left;
import static org.jooq.impl.DSL.val;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.jooq.tables.records.EarlyWarningRecord;
import org.complaintdesk.application.port.out.EarlyWarnings;
import org.complaintdesk.application.warning.EarlyWarning;
import org.complaintdesk.application.warning.WarningMetric;
import org.complaintdesk.application.warning.WarningScope;
import org.complaintdesk.domain.complaint.ComplaintId;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The warnings in PostgreSQL ({@code early_warning}, V14__early_warning.sql). Its insert trigger
 * writes the outbox row in the same transaction, so a warning is published iff it is recorded.
 */
public final class PostgresEarlyWarnings implements EarlyWarnings {
    private final DSLContext dsl;

    public PostgresEarlyWarnings(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /**
     * Holds the transaction lock of the warning's rule, unit and subject, then (in statements that
     * see whatever another instance committed before the lock was granted) records the warning
     * unless one of an overlapping window exists.
     */
    @Override
    public boolean raise(EarlyWarning warning) {
        String tenant = warning.tenant().value();
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            d.resultQuery("select pg_advisory_xact_lock(hashtextextended({0}, 0))",
                    val(String.join("\u001f", "early_warning", tenant, warning.rule(), warning.scopeUnit().value(),
                            warning.subject()))).fetch();
            boolean overlapping = d.fetchExists(EARLY_WARNING, EARLY_WARNING.TENANT.eq(tenant)
                    .and(EARLY_WARNING.RULE.eq(warning.rule()))
                    .and(EARLY_WARNING.SCOPE_UNIT.eq(warning.scopeUnit().value()))
                    .and(EARLY_WARNING.SUBJECT.eq(warning.subject()))
                    .and(EARLY_WARNING.WINDOW_END.gt(warning.windowStart()))
                    .and(EARLY_WARNING.WINDOW_START.lt(warning.windowEnd())));
            if (overlapping) {
                return false;
            }
            return d.insertInto(EARLY_WARNING)
                    .set(EARLY_WARNING.TENANT, tenant)
                    .set(EARLY_WARNING.RULE, warning.rule())
                    .set(EARLY_WARNING.SCOPE_UNIT, warning.scopeUnit().value())
                    .set(EARLY_WARNING.SUBJECT, warning.subject())
                    .set(EARLY_WARNING.WINDOW_START, warning.windowStart())
                    .set(EARLY_WARNING.WINDOW_END, warning.windowEnd())
                    .set(EARLY_WARNING.ID, warning.id())
                    .set(EARLY_WARNING.METRIC, warning.metric().name())
                    .set(EARLY_WARNING.SCOPE_KIND, warning.scopeKind().name())
                    .set(EARLY_WARNING.NUMERATOR, warning.numerator())
                    .set(EARLY_WARNING.DENOMINATOR, warning.denominator())
                    .set(EARLY_WARNING.THRESHOLD, warning.threshold())
                    .set(EARLY_WARNING.RAISED_AT, warning.raisedAt())
                    .set(EARLY_WARNING.COMPLAINT_IDS, warning.causes().stream().map(ComplaintId::value)
                            .toArray(UUID[]::new))
                    .onConflictDoNothing()
                    .execute() == 1;
        });
    }

    @Override
    public List<EarlyWarning> list(OrgUnitId within, Optional<EarlyWarning.Cursor> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        String unit = within.value();
        // A prefix compare, not LIKE: unit codes may hold '_', which LIKE reads as a wildcard.
        Condition where = EARLY_WARNING.TENANT.eq(within.top().value())
                .and(EARLY_WARNING.SCOPE_UNIT.eq(unit)
                        .or(left(EARLY_WARNING.SCOPE_UNIT, unit.length() + 1).eq(unit + "/")));
        if (after.isPresent()) {
            EarlyWarning.Cursor c = after.get();
            where = where.and(EARLY_WARNING.RAISED_AT.lt(c.raisedAt())
                    .or(EARLY_WARNING.RAISED_AT.eq(c.raisedAt()).and(EARLY_WARNING.ID.lt(c.id()))));
        }
        return dsl.selectFrom(EARLY_WARNING)
                .where(where)
                .orderBy(EARLY_WARNING.RAISED_AT.desc(), EARLY_WARNING.ID.desc())
                .limit(limit)
                .fetch(PostgresEarlyWarnings::toWarning);
    }

    /** A warning row as the application sees it; the event log reads the same rows. */
    public static EarlyWarning toWarning(EarlyWarningRecord r) {
        return new EarlyWarning(r.getId(), r.getRule(), WarningMetric.valueOf(r.getMetric()),
                WarningScope.Kind.valueOf(r.getScopeKind()), new OrgUnitId(r.getScopeUnit()), r.getSubject(),
                r.getWindowStart(), r.getWindowEnd(), r.getNumerator(), r.getDenominator(), r.getThreshold(),
                r.getRaisedAt(), Arrays.stream(r.getComplaintIds()).map(ComplaintId::new).toList());
    }
}
