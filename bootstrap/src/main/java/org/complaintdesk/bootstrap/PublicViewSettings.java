package org.complaintdesk.bootstrap;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.complaintdesk.application.publicview.PublicViewLimits;

/** Reads how far guessing verification codes of the public view is let go (COMPLAINTS_PUBLIC_VIEW_*). */
final class PublicViewSettings {
    static final String WINDOW = "COMPLAINTS_PUBLIC_VIEW_WINDOW_SECONDS";
    static final String PER_TICKET = "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_TICKET";
    static final String PER_CALLER = "COMPLAINTS_PUBLIC_VIEW_MAX_FAILURES_PER_CALLER";

    private PublicViewSettings() {
    }

    /** The limits of the environment; every problem is added to {@code problems}. */
    static PublicViewLimits read(Map<String, String> env, List<String> problems) {
        PublicViewLimits d = PublicViewLimits.DEFAULTS;
        int problemsBefore = problems.size();
        int window = Config.intSetting(env, WINDOW, (int) d.window().toSeconds(), 1, 7 * 86_400, problems);
        int perTicket = Config.intSetting(env, PER_TICKET, d.maxFailuresPerTicket(), 1, 1_000, problems);
        int perCaller = Config.intSetting(env, PER_CALLER, d.maxFailuresPerCaller(), 1, 1_000_000, problems);
        if (problems.size() == problemsBefore && perCaller < perTicket) {
            // A portal would be locked out before any ticket: the per-ticket limit would mean nothing.
            problems.add(PER_CALLER + " (" + perCaller + ") must be at least " + PER_TICKET + " (" + perTicket + ")");
        }
        if (problems.size() != problemsBefore) {
            return d;
        }
        return new PublicViewLimits(Duration.ofSeconds(window), perTicket, perCaller);
    }
}
