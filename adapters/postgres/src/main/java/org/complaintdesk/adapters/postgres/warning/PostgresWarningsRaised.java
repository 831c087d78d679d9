package org.complaintdesk.adapters.postgres.warning;

import static org.complaintdesk.adapters.postgres.jooq.Tables.EARLY_WARNING;
import static org.jooq.impl.DSL.left;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.complaintdesk.application.port.out.WarningsRaised;
import org.complaintdesk.application.report.RaisedWarning;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.application.warning.EarlyWarning;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.jooq.DSLContext;

/** The early warnings a unit's monthly report lists: those raised in the period for the unit or below it. */
public final class PostgresWarningsRaised implements WarningsRaised {
    private final DSLContext dsl;
    private final ZoneId zone;

    /** @param zone the business time zone, in which a period's days begin and end */
    public PostgresWarningsRaised(DSLContext dsl, ZoneId zone) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public List<RaisedWarning> raisedIn(OrgUnitId scope, StatisticsPeriod period) {
        String unit = scope.value();
        return dsl.selectFrom(EARLY_WARNING)
                .where(EARLY_WARNING.TENANT.eq(scope.top().value()))
                .and(EARLY_WARNING.SCOPE_UNIT.eq(unit).or(left(EARLY_WARNING.SCOPE_UNIT, unit.length() + 1).eq(unit + "/")))
                .and(EARLY_WARNING.RAISED_AT.ge(period.from().atStartOfDay(zone).toInstant()))
                .and(EARLY_WARNING.RAISED_AT.lt(period.to().atStartOfDay(zone).toInstant()))
                .orderBy(EARLY_WARNING.RAISED_AT, EARLY_WARNING.ID)
                .fetch(r -> toRaised(PostgresEarlyWarnings.toWarning(r)));
    }

    /** What crossed and by how much: the rule's figures only, never a complainant's data. */
    private static RaisedWarning toRaised(EarlyWarning w) {
        String subject = w.subject().isEmpty() ? "" : w.subject() + " ";
        String figure = w.denominator() > 0 ? w.numerator() + "/" + w.denominator() : Long.toString(w.numerator());
        return new RaisedWarning(w.raisedAt(), w.rule(), w.scopeUnit(),
                subject + w.metric().name().toLowerCase() + " " + figure + " (" + w.threshold() + ")", w.causes().size());
    }
}
