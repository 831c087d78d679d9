package org.complaintdesk.adapters.grpc;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import org.complaintdesk.api.v1.ComplaintStatisticsServiceGrpc;
import org.complaintdesk.api.v1.ComputeDepartmentIndicatorsRequest;
import org.complaintdesk.api.v1.ComputeDepartmentIndicatorsResponse;
import org.complaintdesk.api.v1.ComputeIndicatorsRequest;
import org.complaintdesk.api.v1.ComputeIndicatorsResponse;
import org.complaintdesk.api.v1.CountComplaintsRequest;
import org.complaintdesk.api.v1.CountComplaintsResponse;
import org.complaintdesk.api.v1.DepartmentIndicators;
import org.complaintdesk.application.statistics.ComputeIndicators;
import org.complaintdesk.application.statistics.CountComplaints;
import org.complaintdesk.application.statistics.DepartmentQuery;
import org.complaintdesk.application.statistics.IndicatorResult;
import org.complaintdesk.application.statistics.IndicatorsByDepartment;
import org.complaintdesk.domain.organisation.Actor;

/**
 * complaintdesk.v1.ComplaintStatisticsService on top of the statistics use cases. Needs
 * {@link CallContextInterceptor} in front of it for the caller identity and the correlation id.
 */
public final class StatisticsGrpcService extends ComplaintStatisticsServiceGrpc.ComplaintStatisticsServiceImplBase {
    private final CountComplaints count;
    private final ComputeIndicators indicators;
    private final IndicatorsByDepartment byDepartment;

    public StatisticsGrpcService(CountComplaints count, ComputeIndicators indicators,
                                 IndicatorsByDepartment byDepartment) {
        this.count = Objects.requireNonNull(count, "count");
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.byDepartment = Objects.requireNonNull(byDepartment, "byDepartment");
    }

    @Override
    public void countComplaints(CountComplaintsRequest request, StreamObserver<CountComplaintsResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            return StatisticsMapper.toResponse(count.execute(reader, StatisticsMapper.countQuery(request)));
        });
    }

    @Override
    public void computeIndicators(ComputeIndicatorsRequest request, StreamObserver<ComputeIndicatorsResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            IndicatorResult result = indicators.execute(reader, StatisticsMapper.indicatorQuery(request));
            var response = ComputeIndicatorsResponse.newBuilder()
                    .setIndicators(StatisticsMapper.toMessage(result.current()));
            result.comparison().ifPresent(c -> response.setComparisonIndicators(StatisticsMapper.toMessage(c)));
            return response.build();
        });
    }

    @Override
    public void computeDepartmentIndicators(ComputeDepartmentIndicatorsRequest request,
                                            StreamObserver<ComputeDepartmentIndicatorsResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            DepartmentQuery query = StatisticsMapper.departmentQuery(request);
            var response = ComputeDepartmentIndicatorsResponse.newBuilder();
            for (var d : byDepartment.execute(reader, query)) {
                response.addDepartments(DepartmentIndicators.newBuilder()
                        .setDepartment(d.department().value())
                        .setIndicators(StatisticsMapper.toMessage(d.indicators())));
            }
            return response.build();
        });
    }
}
