package org.complaintdesk.adapters.grpc;

import com.google.protobuf.ByteString;
import com.google.type.Date;
import io.grpc.stub.StreamObserver;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.api.v1.AnalysisReportServiceGrpc;
import org.complaintdesk.api.v1.GetMonthlyAnalysisReportRequest;
import org.complaintdesk.api.v1.GetMonthlyAnalysisReportResponse;
import org.complaintdesk.application.report.DownloadMonthlyReport;
import org.complaintdesk.application.report.RenderedReport;
import org.complaintdesk.application.report.ReportFormat;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.Text;
import org.complaintdesk.domain.validation.Violations;

/**
 * complaintdesk.v1.AnalysisReportService on top of the report use case. Needs
 * {@link CallContextInterceptor} in front of it for the caller identity and the correlation id.
 */
public final class AnalysisReportGrpcService extends AnalysisReportServiceGrpc.AnalysisReportServiceImplBase {
    /** The statistics' calendar starts in 2000, as the working-day calendar does. */
    static final int FIRST_YEAR = 2000;

    private final DownloadMonthlyReport download;

    public AnalysisReportGrpcService(DownloadMonthlyReport download) {
        this.download = Objects.requireNonNull(download, "download");
    }

    @Override
    public void getMonthlyAnalysisReport(GetMonthlyAnalysisReportRequest request,
                                         StreamObserver<GetMonthlyAnalysisReportResponse> responses) {
        UnaryCalls.respond(responses, () -> {
            Actor reader = CallContext.caller().requireActor();
            var violations = new Violations();
            YearMonth month = month(request.hasMonth(), request.getMonth(), violations);
            Optional<OrgUnitId> unit = request.getOrgUnit().isEmpty() ? Optional.empty()
                    : Optional.ofNullable(violations.check("org_unit", () -> new OrgUnitId(request.getOrgUnit())));
            ReportFormat format = format(request, violations);
            violations.throwIfAny();
            RenderedReport file = download.execute(reader, unit, month, format);
            return GetMonthlyAnalysisReportResponse.newBuilder()
                    .setContent(ByteString.copyFrom(file.content()))
                    .setContentType(file.contentType())
                    .setFileName(file.fileName())
                    .build();
        });
    }

    private static YearMonth month(boolean present, Date date, Violations violations) {
        if (!present) {
            violations.add("month", Text.REQUIRED, "must be set");
            return null;
        }
        if (date.getDay() != 0 || date.getMonth() < 1 || date.getMonth() > 12 || date.getYear() < 1) {
            violations.add("month", Text.FORMAT, "must be a year and a month with day 0, e.g. {year: 2026, month: 3}");
            return null;
        }
        if (date.getYear() < FIRST_YEAR) {
            violations.add("month", "OUT_OF_RANGE", "must not lie before the year " + FIRST_YEAR);
            return null;
        }
        return YearMonth.of(date.getYear(), date.getMonth());
    }

    private static ReportFormat format(GetMonthlyAnalysisReportRequest request, Violations violations) {
        return switch (request.getFormat()) {
            case REPORT_FORMAT_UNSPECIFIED, REPORT_FORMAT_XLSX -> ReportFormat.XLSX;
            case REPORT_FORMAT_PDF -> ReportFormat.PDF;
            case UNRECOGNIZED -> {
                violations.add("format", Text.FORMAT, "is not a known value");
                yield null;
            }
        };
    }
}
