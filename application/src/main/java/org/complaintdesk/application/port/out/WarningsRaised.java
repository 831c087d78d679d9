package org.complaintdesk.application.port.out;

import java.util.List;
import org.complaintdesk.application.report.RaisedWarning;
import org.complaintdesk.application.statistics.StatisticsPeriod;
import org.complaintdesk.domain.organisation.OrgUnitId;

/** The early warnings (预警, 002 ch.7 3.4.15) raised for a unit and the units below it, for the analysis report. */
public interface WarningsRaised {

    /** The warnings raised within {@code period} for {@code scope} or a unit below it, earliest first. */
    List<RaisedWarning> raisedIn(OrgUnitId scope, StatisticsPeriod period);
}
