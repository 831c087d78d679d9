package org.complaintdesk.adapters.grpc;

import org.complaintdesk.api.v1.EarlyWarning;

/** An early warning as the contract shows it, in lists and in published events. */
final class EarlyWarningMapper {
    static final String COLLECTION = "earlyWarnings/";

    private EarlyWarningMapper() {
    }

    static EarlyWarning toMessage(org.complaintdesk.application.warning.EarlyWarning warning) {
        var message = EarlyWarning.newBuilder()
                .setName(COLLECTION + warning.id())
                .setRule(warning.rule())
                .setMetric(EarlyWarning.Metric.valueOf("METRIC_" + warning.metric().name()))
                .setScopeKind(EarlyWarning.ScopeKind.valueOf("SCOPE_KIND_" + warning.scopeKind().name()))
                .setOrgUnit(warning.scopeUnit().value())
                .setSubject(warning.subject())
                .setWindowStartTime(ProtoTime.toTimestamp(warning.windowStart()))
                .setWindowEndTime(ProtoTime.toTimestamp(warning.windowEnd()))
                .setNumerator(warning.numerator())
                .setDenominator(warning.denominator())
                .setThreshold(warning.threshold())
                .setRaiseTime(ProtoTime.toTimestamp(warning.raisedAt()));
        warning.causes().forEach(id -> message.addComplaints(ComplaintName.of(id)));
        return message.build();
    }
}
