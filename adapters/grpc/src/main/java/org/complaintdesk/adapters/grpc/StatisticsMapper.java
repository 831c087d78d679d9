package org.complaintdesk.adapters.grpc;

import com.google.type.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.api.v1.ClockIndicator;
import org.complaintdesk.api.v1.ComputeDepartmentIndicatorsRequest;
import org.complaintdesk.api.v1.ComputeIndicatorsRequest;
import org.complaintdesk.api.v1.CountComplaintsRequest;
import org.complaintdesk.api.v1.CountComplaintsResponse;
import org.complaintdesk.api.v1.CountRow;
import org.complaintdesk.api.v1.Counts;
import org.complaintdesk.api.v1.DurationSummary;
import org.complaintdesk.api.v1.HandlingIndicators;
import org.complaintdesk.api.v1.PeriodIndicators;
import org.complaintdesk.api.v1.Rate;
import org.complaintdesk.api.v1.SatisfactionCounts;
import org.complaintdesk.api.v1.StatisticsDimension;
import org.complaintdesk.api.v1.StatisticsFilter;
import org.complaintdesk.application.statistics.Comparison;
import org.complaintdesk.application.statistics.CountQuery;
import org.complaintdesk.application.statistics.CountResult;
import org.complaintdesk.application.statistics.DepartmentQuery;
import org.complaintdesk.application.statistics.Dimension;
import org.complaintdesk.application.statistics.Grouping;
import org.complaintdesk.application.statistics.IndicatorQuery;
import org.complaintdesk.application.statistics.Indicators;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.domain.complaint.Topic;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/** complaintdesk.v1 statistics messages and the statistics use cases' records. */
final class StatisticsMapper {
    private static final Map<StatisticsDimension, Dimension> DIMENSIONS = new EnumMap<>(StatisticsDimension.class);

    static {
        for (Dimension d : Dimension.values()) {
            DIMENSIONS.put(StatisticsDimension.valueOf("STATISTICS_DIMENSION_" + d.name()), d);
        }
    }

    private StatisticsMapper() {
    }

    /** What every statistics request asks about: a period and a filter, each checked whole. */
    private record Asked(StatisticsPeriod period, org.complaintdesk.application.statistics.StatisticsFilter filter) {
        static Asked of(Date start, boolean hasStart, Date end, boolean hasEnd, StatisticsFilter filter,
                        Violations violations) {
            return new Asked(StatisticsMapper.period(start, hasStart, end, hasEnd, violations),
                    StatisticsMapper.filter(filter, violations));
        }
    }

    static IndicatorQuery indicatorQuery(ComputeIndicatorsRequest request) {
        var violations = new Violations();
        Asked asked = Asked.of(request.getStartDate(), request.hasStartDate(), request.getEndDate(),
                request.hasEndDate(), request.getFilter(), violations);
        Comparison comparison = comparison(request.getComparison(), violations);
        violations.throwIfAny();
        return new IndicatorQuery(asked.period(), asked.filter(), comparison);
    }

    static DepartmentQuery departmentQuery(ComputeDepartmentIndicatorsRequest request) {
        var violations = new Violations();
        Asked asked = Asked.of(request.getStartDate(), request.hasStartDate(), request.getEndDate(),
                request.hasEndDate(), request.getFilter(), violations);
        DepartmentQuery query = asked.period() == null ? null : violations.check("department_depth",
                () -> new DepartmentQuery(asked.period(), asked.filter(), request.getDepartmentDepth()));
        violations.throwIfAny();
        return query;
    }

    private static StatisticsPeriod period(Date start, boolean hasStart, Date end, boolean hasEnd,
                                           Violations violations) {
        var from = violations.check("start_date", () -> ProtoDate.toLocalDate("start_date", hasStart, start));
        var to = violations.check("end_date", () -> ProtoDate.toLocalDate("end_date", hasEnd, end));
        if (from == null || to == null) {
            return null;
        }
        return violations.check("end_date", () -> new StatisticsPeriod(from, to));
    }

    private static org.complaintdesk.application.statistics.StatisticsFilter filter(StatisticsFilter f,
                                                                                   Violations violations) {
        var filter = org.complaintdesk.application.statistics.StatisticsFilter.ALL;
        if (!f.getOrgUnit().isBlank()) {
            OrgUnitId unit = violations.check("filter.org_unit", () -> new OrgUnitId(f.getOrgUnit()));
            filter = unit == null ? filter : filter.withUnit(unit);
        }
        var domain = ProtoEnums.UTILITY_DOMAIN.optional(f.getUtilityDomain(), "filter.utility_domain", violations);
        if (domain.isPresent()) {
            filter = filter.withUtilityDomain(domain.get());
        }
        var nature = ProtoEnums.NATURE.optional(f.getNature(), "filter.nature", violations);
        if (nature.isPresent()) {
            filter = filter.withNature(nature.get());
        }
        if (!f.getTopic().isBlank()) {
            Topic topic = violations.check("filter.topic", () -> new Topic(f.getTopic()));
            filter = topic == null ? filter : filter.withTopic(topic);
        }
        var channel = ProtoEnums.CHANNEL.optional(f.getChannel(), "filter.channel", violations);
        if (channel.isPresent()) {
            filter = filter.withChannel(channel.get());
        }
        var kind = ProtoEnums.KIND.optional(f.getKind(), "filter.kind", violations);
        if (kind.isPresent()) {
            filter = filter.withKind(kind.get());
        }
        var severity = ProtoEnums.SEVERITY.optional(f.getSeverity(), "filter.severity", violations);
        if (severity.isPresent()) {
            filter = filter.withSeverity(severity.get());
        }
        if (!f.getLeadDepartment().isBlank()) {
            OrgUnitId unit = violations.check("filter.lead_department", () -> new OrgUnitId(f.getLeadDepartment()));
            filter = unit == null ? filter : filter.withLeadDepartment(unit);
        }
        return filter;
    }

    private static Comparison comparison(org.complaintdesk.api.v1.Comparison c, Violations violations) {
        return switch (c) {
            case COMPARISON_UNSPECIFIED -> Comparison.NONE;
            case COMPARISON_PREVIOUS_MONTH -> Comparison.PREVIOUS_MONTH;
            case COMPARISON_PREVIOUS_YEAR -> Comparison.PREVIOUS_YEAR;
            case UNRECOGNIZED -> {
                violations.add("comparison", Text.FORMAT, "is not a known value");
                yield Comparison.NONE;
            }
        };
    }

    static CountQuery countQuery(CountComplaintsRequest request) {
        var violations = new Violations();
        Asked asked = Asked.of(request.getStartDate(), request.hasStartDate(), request.getEndDate(),
                request.hasEndDate(), request.getFilter(), violations);
        List<Grouping> groupings = new ArrayList<>();
        for (int i = 0; i < request.getGroupByCount(); i++) {
            var g = request.getGroupBy(i);
            String path = "group_by[" + i + "]";
            Dimension dimension = DIMENSIONS.get(g.getDimension());
            if (dimension == null) {
                violations.add(path + ".dimension", g.getDimension() == StatisticsDimension.STATISTICS_DIMENSION_UNSPECIFIED
                        ? Text.REQUIRED : Text.FORMAT, "must be a known dimension");
                continue;
            }
            Grouping grouping = violations.check(path + ".unit_depth", () -> new Grouping(dimension, g.getUnitDepth()));
            if (grouping != null) {
                groupings.add(grouping);
            }
        }
        var bucket = switch (request.getTimeBucket()) {
            case TIME_BUCKET_UNSPECIFIED -> org.complaintdesk.application.statistics.TimeBucket.NONE;
            case TIME_BUCKET_DAY -> org.complaintdesk.application.statistics.TimeBucket.DAY;
            case TIME_BUCKET_WEEK -> org.complaintdesk.application.statistics.TimeBucket.WEEK;
            case TIME_BUCKET_MONTH -> org.complaintdesk.application.statistics.TimeBucket.MONTH;
            case UNRECOGNIZED -> {
                violations.add("time_bucket", Text.FORMAT, "is not a known value");
                yield org.complaintdesk.application.statistics.TimeBucket.NONE;
            }
        };
        Comparison comparison = comparison(request.getComparison(), violations);
        violations.throwIfAny();
        CountQuery query = violations.check("group_by", () -> new CountQuery(asked.period(), asked.filter(), groupings,
                bucket, comparison));
        violations.throwIfAny();
        return query;
    }

    static CountComplaintsResponse toResponse(CountResult result) {
        var response = CountComplaintsResponse.newBuilder().setCounts(toMessage(result.current()));
        result.comparison().ifPresent(c -> response.setComparisonCounts(toMessage(c)));
        return response.build();
    }

    private static Counts toMessage(org.complaintdesk.application.statistics.Counts counts) {
        var message = Counts.newBuilder()
                .setStartDate(ProtoDate.toDate(counts.period().from()))
                .setEndDate(ProtoDate.toDate(counts.period().to()))
                .setTotal(counts.total());
        for (var row : counts.rows()) {
            var r = CountRow.newBuilder().addAllKeys(row.keys()).setCount(row.count());
            row.bucket().ifPresent(day -> r.setBucketStartDate(ProtoDate.toDate(day)));
            message.addRows(r);
        }
        return message.build();
    }

    static PeriodIndicators toMessage(Indicators indicators) {
        return PeriodIndicators.newBuilder()
                .setStartDate(ProtoDate.toDate(indicators.period().from()))
                .setEndDate(ProtoDate.toDate(indicators.period().to()))
                .setIndicators(toMessage(indicators.indicators()))
                .build();
    }

    static HandlingIndicators toMessage(org.complaintdesk.application.statistics.HandlingIndicators i) {
        var message = HandlingIndicators.newBuilder()
                .setReceived(i.received())
                .setBreaches(i.breaches())
                .setOnTimeRate(toMessage(i.onTimeRate()))
                .setTimeToReply(toMessage(i.timeToReply()))
                .setTimeToClose(toMessage(i.timeToClose()))
                .setReopenRate(toMessage(i.reopenRate()))
                .setReviewRate(toMessage(i.reviewRate()))
                .setRepeatRate(toMessage(i.repeatRate()))
                .setSatisfaction(SatisfactionCounts.newBuilder()
                        .setSatisfied(i.satisfaction().satisfied())
                        .setBasicallySatisfied(i.satisfaction().basicallySatisfied())
                        .setUnsatisfied(i.satisfaction().unsatisfied())
                        .setUnreachable(i.satisfaction().unreachable())
                        .setSatisfactionRate(toMessage(i.satisfaction().satisfactionRate())))
                .setResolutionRate(toMessage(i.resolutionRate()));
        for (var c : i.clocks()) {
            message.addClocks(ClockIndicator.newBuilder()
                    .setClock(ProtoEnums.CLOCK_KIND.toProto(c.clock()))
                    .setMetInTime(c.metInTime())
                    .setBreached(c.breached())
                    .setPending(c.pending())
                    .setOnTimeRate(toMessage(c.onTimeRate())));
        }
        return message.build();
    }

    private static Rate toMessage(org.complaintdesk.application.statistics.Rate rate) {
        var message = Rate.newBuilder().setNumerator(rate.numerator()).setDenominator(rate.denominator());
        rate.value().ifPresent(message::setValue);
        return message.build();
    }

    private static DurationSummary toMessage(org.complaintdesk.application.statistics.DurationSummary d) {
        var message = DurationSummary.newBuilder().setCount(d.count());
        set(d.medianHours(), message::setMedianHours);
        set(d.p90Hours(), message::setP90Hours);
        set(d.medianWorkingDays(), message::setMedianWorkingDays);
        set(d.p90WorkingDays(), message::setP90WorkingDays);
        return message.build();
    }

    private static void set(Optional<Double> value, java.util.function.DoubleFunction<?> setter) {
        value.ifPresent(setter::apply);
    }
}
