package org.complaintdesk.adapters.grpc;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.OptionalInt;
import org.complaintdesk.api.v1.CalendarServiceGrpc;
import org.complaintdesk.api.v1.ComputeDueTimeRequest;
import org.complaintdesk.api.v1.ComputeDueTimeResponse;
import org.complaintdesk.api.v1.GetCalendarYearRequest;
import org.complaintdesk.api.v1.GetCalendarYearResponse;
import org.complaintdesk.api.v1.ListCalendarYearsRequest;
import org.complaintdesk.api.v1.ListCalendarYearsResponse;
import org.complaintdesk.api.v1.UpdateCalendarYearRequest;
import org.complaintdesk.api.v1.UpdateCalendarYearResponse;
import org.complaintdesk.application.calendar.ComputeDueTime;
import org.complaintdesk.application.calendar.GetCalendarYear;
import org.complaintdesk.application.calendar.ListCalendarYears;
import org.complaintdesk.application.calendar.UpdateCalendarYear;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.validation.Violations;

/**
 * complaintdesk.v1.CalendarService on top of the calendar use cases. Needs
 * {@link CallContextInterceptor} in front of it for the caller identity and the correlation id.
 */
public final class CalendarGrpcService extends CalendarServiceGrpc.CalendarServiceImplBase {
    private final GetCalendarYear get;
    private final ListCalendarYears list;
    private final UpdateCalendarYear update;
    private final ComputeDueTime computeDueTime;

    public CalendarGrpcService(GetCalendarYear get, ListCalendarYears list, UpdateCalendarYear update,
                               ComputeDueTime computeDueTime) {
        this.get = Objects.requireNonNull(get, "get");
        this.list = Objects.requireNonNull(list, "list");
        this.update = Objects.requireNonNull(update, "update");
        this.computeDueTime = Objects.requireNonNull(computeDueTime, "computeDueTime");
    }

    @Override
    public void getCalendarYear(GetCalendarYearRequest request, StreamObserver<GetCalendarYearResponse> responses) {
        UnaryCalls.respond(responses, () -> GetCalendarYearResponse.newBuilder()
                .setCalendarYear(CalendarMapper.toMessage(get.execute(CalendarYearName.parse("name", request.getName()))))
                .build());
    }

    @Override
    public void listCalendarYears(ListCalendarYearsRequest request, StreamObserver<ListCalendarYearsResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            var violations = new Violations();
            Integer afterYear = request.getPageToken().isEmpty() ? null
                    : violations.check(CalendarPageToken.FIELD, () -> CalendarPageToken.read(request.getPageToken()));
            ListCalendarYears.Query query = violations.check("page_size", () -> new ListCalendarYears.Query(
                    request.getPageSize(), afterYear == null ? OptionalInt.empty() : OptionalInt.of(afterYear)));
            violations.throwIfAny();
            ListCalendarYears.Page page = list.execute(query);
            var response = ListCalendarYearsResponse.newBuilder();
            page.years().forEach(year -> response.addCalendarYears(CalendarMapper.toMessage(year)));
            page.nextAfterYear().ifPresent(after -> response.setNextPageToken(CalendarPageToken.issue(after)));
            return response.build();
        });
    }

    @Override
    public void updateCalendarYear(UpdateCalendarYearRequest request, StreamObserver<UpdateCalendarYearResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            // Who changes the calendar is checked before what is asked.
            Actor actor = CallContext.caller().requireActor();
            UpdateCalendarYear.Command command = CalendarMapper.toCommand(request, actor);
            return UpdateCalendarYearResponse.newBuilder()
                    .setCalendarYear(CalendarMapper.toMessage(update.execute(command)))
                    .build();
        });
    }

    @Override
    public void computeDueTime(ComputeDueTimeRequest request, StreamObserver<ComputeDueTimeResponse> responses) {
        UnaryCalls.respond(responses, () ->
                CalendarMapper.toResponse(computeDueTime.execute(CalendarMapper.toQuery(request))));
    }
}
