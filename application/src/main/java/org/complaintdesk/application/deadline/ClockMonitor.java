package org.complaintdesk.application.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintdesk.application.calendar.CurrentCalendar;
import org.complaintdesk.application.notice.NoticeAlert;
import org.complaintdesk.application.notice.ProgressNotices;
import org.complaintdesk.application.notice.UnconfirmedNotice;
import org.complaintdesk.application.port.out.AlertNotifier;
import org.complaintdesk.application.port.out.ClockWatch;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.ComplaintState;
import org.complaintdesk.domain.complaint.DueChanges;
import org.complaintdesk.domain.deadline.AlertHours;
import org.complaintdesk.domain.deadline.ClockBook;
import org.complaintdesk.domain.deadline.ClockState;
import org.complaintdesk.domain.deadline.ClockStatus;
import org.complaintdesk.domain.deadline.ComplaintClock;
import org.complaintdesk.domain.deadline.SupervisionPolicy;
import org.complaintdesk.domain.handling.ClockKind;
import org.complaintdesk.domain.handling.Statement;
import org.complaintdesk.domain.notice.NoticeOccasions;
import org.complaintdesk.domain.organisation.Actor;
import org.complaintdesk.domain.organisation.Role;
import org.complaintdesk.domain.organisation.UserId;

/**
 * The monitor: looks at each complaint when one of its clocks warns, runs out or resumes, and
 * after every step (a step may start, meet or re-time clocks), never by scanning them all.
 *
 * <p>For each complaint it records a warning for a round past its warning threshold and a breach
 * for a round that ran out (each once, however often it looks), escalates per the
 * {@link SupervisionPolicy} when a running clock breached or the complaint was urged too often,
 * notes on the timeline when the dues moved with no step of the complaint (a new calendar or
 * policy), and records when to look again. Then it passes the alerts whose time has come to the
 * {@link AlertNotifier}. It also notes the notices no gateway confirmed in time and issues the
 * progress notices of major complaints (003 三.3(4)). One pass does all that is due; {@link #runOnce} is what a scheduler calls.
 */
public final class ClockMonitor {
    /** The actor of the monitor's steps: the service itself. */
    public static final UserId MONITOR = new UserId("clock-monitor");
    /** A complaint whose clocks could not be computed is looked at again after this, not at once. */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);
    private static final System.Logger LOG = System.getLogger(ClockMonitor.class.getName());
    /** However much is due, one pass ends after this many batches and leaves the rest to the next. */
    private static final int MAX_BATCHES_PER_PASS = 1_000;

    private final ClockWatch watch;
    private final ComplaintClocks clocks;
    private final CurrentCalendar calendar;
    private final SupervisionPolicy supervision;
    private final AlertHours alertHours;
    private final AlertNotifier notifier;
    private final ProgressNotices progress;
    private final Clock clock;
    private final int batchSize;

    public ClockMonitor(ClockWatch watch, ComplaintClocks clocks, CurrentCalendar calendar,
                        SupervisionPolicy supervision, AlertHours alertHours, AlertNotifier notifier,
                        ProgressNotices progress, Clock clock, int batchSize) {
        this.watch = Objects.requireNonNull(watch, "watch");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.supervision = Objects.requireNonNull(supervision, "supervision");
        this.alertHours = Objects.requireNonNull(alertHours, "alertHours");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.batchSize = batchSize;
    }

    /**
     * What one pass did; {@code noticesUnconfirmed} counts the notices found unconfirmed and
     * alerted, {@code progressIssued} the progress notices issued.
     */
    public record Pass(ClockWatch.Tally attended, int alertsDelivered, int noticesUnconfirmed, int progressIssued) {
    }

    /** Attends to every complaint due by now, batch by batch, then delivers the alerts due. */
    public Pass runOnce() {
        Instant now = clock.instant();
        ClockWatch.Tally total = ClockWatch.Tally.NONE;
        for (int i = 0; i < MAX_BATCHES_PER_PASS; i++) {
            ClockWatch.Tally batch = watch.attend(now, batchSize, attention -> decide(attention, now));
            total = total.plus(batch);
            if (batch.complaints() < batchSize) {
                break;
            }
        }
        int delivered = 0;
        for (int i = 0; i < MAX_BATCHES_PER_PASS; i++) {
            int released = watch.release(now, batchSize, notifier::deliver);
            delivered += released;
            if (released < batchSize) {
                break;
            }
        }
        int unconfirmed = noteUnconfirmedNotices(now);
        int issued = 0;
        for (int i = 0; i < MAX_BATCHES_PER_PASS; i++) {
            int batch = watch.issueProgress(now, NoticeOccasions.PROGRESS_INTERVAL, batchSize,
                    complaint -> progress.progressFor(complaint, now));
            issued += batch;
            if (batch < batchSize) {
                break;
            }
        }
        return new Pass(total, delivered, unconfirmed, issued);
    }

    /**
     * Notes on the timeline each notice no gateway reported on in time (an archived complaint
     * takes no step: its notice is only marked), then raises an alert for each.
     */
    private int noteUnconfirmedNotices(Instant now) {
        int noted = 0;
        for (int i = 0; i < MAX_BATCHES_PER_PASS; i++) {
            List<UnconfirmedNotice> batch = watch.noteUnconfirmed(now, batchSize, unconfirmed -> {
                Complaint complaint = unconfirmed.complaint();
                var issued = unconfirmed.notice().issued();
                return complaint.state() == ComplaintState.ARCHIVED ? complaint
                        : complaint.recordNoticeUnconfirmed(issued.id(), issued.confirmBy(), actorFor(complaint), now);
            });
            noted += batch.size();
            if (!batch.isEmpty()) {
                try {
                    notifier.deliverUnconfirmed(batch.stream().map(n -> alert(n, now)).toList());
                } catch (RuntimeException e) {
                    // The timeline and the outbox have them: a notifier that failed loses only its copy.
                    LOG.log(System.Logger.Level.ERROR, "could not deliver the alerts of " + batch.size()
                            + " unconfirmed notices", e);
                }
            }
            if (batch.size() < batchSize) {
                break;
            }
        }
        return noted;
    }

    private static NoticeAlert alert(UnconfirmedNotice unconfirmed, Instant now) {
        var issued = unconfirmed.notice().issued();
        return new NoticeAlert(issued.complaintId(), issued.ticket(), unconfirmed.complaint().registration().orgUnit(),
                issued.id(),
                issued.notice().kind(), issued.notice().channel(), issued.confirmBy(), now);
    }

    /**
     * The monitor's first look at a complaint being registered, as it would take it at {@code at}
     * (the registration's time) on the complaint as stored: its timeline is its new entries, and
     * nothing of its clocks is recorded yet. Empty when the look must be left to the monitor, which
     * records alerts and takes steps exactly once, in its own transaction; or when the clocks could
     * not be computed: the monitor tries them again at once, and logs what fails then.
     *
     * @throws IllegalArgumentException if the complaint is not new
     */
    public Optional<Attention.Outcome> firstLook(Complaint registered, Instant at) {
        if (registered.storedVersion() != 0) {
            throw new IllegalArgumentException(registered.id() + " is not a new complaint");
        }
        Attention.Outcome outcome;
        try {
            outcome = look(new Attention(registered, registered.newEvents(), Optional.empty()), at);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        boolean stepTaken = outcome.complaint().version() != registered.version();
        return outcome.alerts().isEmpty() && !stepTaken ? Optional.of(outcome) : Optional.empty();
    }

    /** What to do for one complaint at {@code now}. */
    Attention.Outcome decide(Attention attention, Instant now) {
        Complaint complaint = attention.complaint();
        try {
            return look(attention, now);
        } catch (RuntimeException e) {
            // One complaint the monitor cannot read must not stop it for all the others.
            LOG.log(System.Logger.Level.ERROR, "clock monitor could not attend to complaint " + complaint.id()
                    + "; trying again in " + RETRY_AFTER_FAILURE, e);
            return new Attention.Outcome(complaint, List.of(), Optional.of(now.plus(RETRY_AFTER_FAILURE)),
                    Optional.empty(), Optional.empty(),
                    attention.recorded().map(Attention.Recorded::dues).orElse(Map.of()));
        }
    }

    private Attention.Outcome look(Attention attention, Instant now) {
        Complaint complaint = attention.complaint();
        List<ComplaintClock> all = clocks.all(complaint, attention.timeline(), now);
        List<ComplaintClock> current = ClockBook.current(all);
        Map<ClockKind, Instant> dues = ClockBook.runningDues(current);
        Complaint changed = complaint;
        if (complaint.state().isOpen()) {
            changed = noteRetiming(changed, attention.recorded(), dues, now);
            changed = escalate(changed, current, now);
        }
        return new Attention.Outcome(changed, alerts(complaint, all, now), ClockBook.nextAttention(all, now),
                ClockBook.earliestDue(current), ClockStatus.of(current, now), dues, all);
    }

    /**
     * The dues moved though the complaint took no step since they were recorded: the calendar or
     * the policy changed under it. A step explains its own changes (a severity change notes them).
     */
    private Complaint noteRetiming(Complaint complaint, Optional<Attention.Recorded> recorded,
                                   Map<ClockKind, Instant> dues, Instant now) {
        if (recorded.isEmpty() || recorded.get().version() != complaint.version()) {
            return complaint;
        }
        DueChanges moved = ClockBook.retimed(recorded.get().dues(), dues);
        if (moved.isEmpty()) {
            return complaint;
        }
        return complaint.recordRetiming(moved, new Statement("The calendar or the deadline policy changed; "
                + "the running clocks were timed anew."), actorFor(complaint), now);
    }

    private Complaint escalate(Complaint complaint, List<ComplaintClock> current, Instant now) {
        Optional<ClockKind> breached = current.stream()
                .filter(c -> c.state() == ClockState.BREACHED && !c.rule().window())
                .map(ComplaintClock::kind).findFirst();
        return supervision.escalationFor(complaint.triage().severity().applied(), breached, complaint.handling().oversight().urges(),
                        complaint.handling().oversight().supervision())
                .map(e -> complaint.supervise(e.level(), e.cause(), e.clock(),
                        new Statement(e.clock().map(k -> "The clock " + k + " ran out; escalated to " + e.level() + ".")
                                .orElse("Urged " + complaint.handling().oversight().urges() + " times; escalated to " + e.level() + ".")),
                        actorFor(complaint), now))
                .orElse(complaint);
    }

    /** A warning for each round in its warning window now, a breach for each round that ran out. */
    private List<ClockAlert> alerts(Complaint complaint, List<ComplaintClock> all, Instant now) {
        List<ClockAlert> alerts = new ArrayList<>();
        for (ComplaintClock c : all) {
            if (c.isWarning(now)) {
                alerts.add(alert(complaint, c, ClockAlert.Kind.WARNING, now));
            }
            if (c.late() && !c.rule().window()) {
                alerts.add(alert(complaint, c, ClockAlert.Kind.BREACH, now));
            }
        }
        return alerts;
    }

    private ClockAlert alert(Complaint complaint, ComplaintClock c, ClockAlert.Kind kind, Instant now) {
        return new ClockAlert(complaint.id(), complaint.ticketNumber(), complaint.registration().orgUnit(), c.kind(), c.round(),
                kind,
                c.due(), now, alertHours.releaseAt(now, calendar.current()));
    }

    private static Actor actorFor(Complaint complaint) {
        return new Actor(MONITOR, Role.SYSTEM, complaint.registration().orgUnit());
    }
}
