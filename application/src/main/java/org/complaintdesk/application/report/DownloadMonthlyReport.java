package org.complaintdesk.application.report;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.port.out.MonthlyReportRenderer;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.OrgUnitId;
import org.complaintdesk.domain.validation.InvalidValueException;

/** The monthly analysis report of a unit as a file of the asked format. */
public final class DownloadMonthlyReport {
    private final ComposeMonthlyReport compose;
    private final Map<ReportFormat, MonthlyReportRenderer> renderers = new EnumMap<>(ReportFormat.class);

    public DownloadMonthlyReport(ComposeMonthlyReport compose, List<MonthlyReportRenderer> renderers) {
        this.compose = Objects.requireNonNull(compose, "compose");
        renderers.forEach(renderer -> this.renderers.put(renderer.format(), renderer));
    }

    public RenderedReport execute(Actor reader, Optional<OrgUnitId> unit, YearMonth month, ReportFormat format) {
        MonthlyReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new InvalidValueException("format", "FORMAT_NOT_OFFERED", "the report is not offered as " + format);
        }
        return renderer.render(compose.execute(reader, unit, month));
    }
}
