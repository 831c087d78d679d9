package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Duration;
import org.complaintdesk.api.v1.Clock;
import org.complaintdesk.domain.deadline.ComplaintClock;

/** A clock of a complaint as the API shows it. */
final class ClockMapper {

    private ClockMapper() {
    }

    static Clock toMessage(ComplaintClock clock) {
        var message = Clock.newBuilder()
                .setKind(ProtoEnums.CLOCK_KIND.toProto(clock.kind()))
                .setRound(clock.round())
                .setState(ProtoEnums.CLOCK_STATE.toProto(clock.state()))
                .setStartTime(ProtoTime.toTimestamp(clock.startedAt()))
                .setDueTime(ProtoTime.toTimestamp(clock.due()))
                .setOriginalDueTime(ProtoTime.toTimestamp(clock.originalDue()))
                .setWarningTime(ProtoTime.toTimestamp(clock.warnAt()))
                .setLate(clock.late())
                .setPausedDuration(Duration.newBuilder()
                        .setSeconds(clock.pausedTime().getSeconds())
                        .setNanos(clock.pausedTime().getNano()))
                .setProvisional(clock.provisional())
                .setRuleSource(clock.rule().source());
        clock.metAt().ifPresent(at -> message.setMetTime(ProtoTime.toTimestamp(at)));
        clock.stoppedAt().ifPresent(at -> message.setStopTime(ProtoTime.toTimestamp(at)));
        // Unset (PAUSE_REASON_UNSPECIFIED) says that the clock runs.
        clock.pause().ifPresent(pause -> message.setPauseReason(ProtoEnums.PAUSE_REASON.toProto(pause.reason())));
        // The due it replaced is original_due_time, set for every clock.
        clock.extension().ifPresent(extension -> message.setExtension(Clock.Extension.newBuilder()
                .setNewDueTime(ProtoTime.toTimestamp(extension.newDue()))
                .setApproveTime(ProtoTime.toTimestamp(extension.approvedAt()))
                .setApprovedBy(extension.approvedBy().value())
                .setReason(extension.reason().value())));
        return message.build();
    }
}
