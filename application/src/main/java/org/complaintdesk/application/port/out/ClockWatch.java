package org.complaintdesk.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.complaintdesk.application.deadline.Attention;
import org.complaintdesk.application.deadline.ClockAlert;
import org.complaintdesk.application.notice.UnconfirmedNotice;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.notice.IssuedNotice;

/**
 * Where the monitor finds the complaints that need it and records what it found. Several
 * instances may share one store: each complaint and each alert is handed to one of them at a
 * time, and what one of them recorded is never recorded again.
 */
public interface ClockWatch {

    /**
     * Hands each of up to {@code limit} complaints whose attention time has come by {@code now}
     * (earliest first, skipping those another instance holds) to {@code work}, and stores every
     * outcome in one transaction: the complaint's new steps, the alerts not recorded before, and
     * the clock record with the next attention time. Nothing of the batch is stored if a write fails.
     *
     * @return what was done
     */
    Tally attend(Instant now, int limit, Function<Attention, Attention.Outcome> work);

    /**
     * Passes up to {@code limit} recorded alerts whose notification time has come to {@code deliver},
     * then marks them notified, in one transaction: an alert delivery that fails is offered again.
     *
     * @return how many were delivered
     */
    int release(Instant now, int limit, Consumer<List<ClockAlert>> deliver);

    /**
     * Asks for the attention, from {@code at}, of every complaint that has running clocks: the
     * calendar changed and their dues may move.
     *
     * @return how many were marked
     */
    int attendAllRunning(Instant at);

    /**
     * Hands up to {@code limit} notices whose confirmation time passed by {@code now} with no
     * report (earliest first, skipping complaints another instance holds), each with its complaint,
     * to {@code note}; stores each complaint with the steps noted and marks each notice
     * UNCONFIRMED, in one transaction. A report arriving meanwhile waits for it, and then still counts.
     *
     * @return the notices marked, each with its complaint, as they were before
     */
    List<UnconfirmedNotice> noteUnconfirmed(Instant now, int limit, Function<UnconfirmedNotice, Complaint> note);

    /**
     * Hands each of up to {@code limit} complaints that are level 1, in one of
     * {@code NoticeOccasions.PROGRESS_STATES}, and told nothing for {@code every} (no notice since,
     * or none since registration), skipping those another instance holds, to {@code issue}, and
     * stores the notices it issues, in one transaction.
     *
     * @return how many notices were issued
     */
    int issueProgress(Instant now, Duration every, int limit, Function<Complaint, Optional<IssuedNotice>> issue);

    /**
     * What one {@link #attend} did.
     *
     * @param complaints       complaints looked at
     * @param warningsRecorded warnings recorded for the first time
     * @param breachesRecorded breaches recorded for the first time
     * @param steps            steps the monitor took (supervisions, re-timing notes)
     * @param escalations      of those steps, the supervisions (escalations)
     */
    record Tally(int complaints, int warningsRecorded, int breachesRecorded, int steps, int escalations) {
        public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        /** Warnings and breaches recorded for the first time. */
        public int alertsRecorded() {
            return warningsRecorded + breachesRecorded;
        }

        public Tally plus(Tally other) {
            return new Tally(complaints + other.complaints, warningsRecorded + other.warningsRecorded,
                    breachesRecorded + other.breachesRecorded, steps + other.steps, escalations + other.escalations);
        }
    }
}
