package org.complaintdesk.bootstrap.bench;

import java.util.List;
import java.util.Locale;

/** The ratios issue 15 sets targets for, from the phases of one run of {@link WriteBenchmark}. */
final class Report {
    static final double CREATE_TO_RAW_TARGET = 0.50;
    static final double GET_TO_CREATE_TARGET = 8.0;

    private Report() {
    }

    static String of(LoadResult create, LoadResult createOne, LoadResult get, LoadResult raw, LoadResult rawOne,
                     List<LoadResult> all) {
        StringBuilder out = new StringBuilder();
        double createToRaw = create.perSecond() / raw.perSecond();
        double getToCreate = get.perSecond() / create.perSecond();
        out.append(String.format(Locale.ROOT, "CreateComplaint / raw SQL at %d in flight = %.1f%% (%.0f/s vs %.0f tps; target >= %.0f%%: %s)%n",
                create.concurrency(), 100 * createToRaw, create.perSecond(), raw.perSecond(), 100 * CREATE_TO_RAW_TARGET,
                verdict(createToRaw >= CREATE_TO_RAW_TARGET, create.calls() > 0 && raw.calls() > 0)));
        out.append(String.format(Locale.ROOT, "CreateComplaint / raw SQL at 1 in flight = %.1f%% (%.0f/s vs %.0f tps)%n",
                100 * createOne.perSecond() / rawOne.perSecond(), createOne.perSecond(), rawOne.perSecond()));
        out.append(String.format(Locale.ROOT, "GetComplaint / CreateComplaint at %d in flight = %.1fx (target >= %.0fx: %s)%n",
                get.concurrency(), getToCreate, GET_TO_CREATE_TARGET, verdict(getToCreate >= GET_TO_CREATE_TARGET, create.calls() > 0)));
        out.append("p99 ms:");
        for (LoadResult result : all) {
            out.append(String.format(Locale.ROOT, " %s@%d %.2f;", result.method(), result.concurrency(), result.p99Millis()));
        }
        out.append(String.format(Locale.ROOT, "%nCreateComplaint p99 / raw SQL p99 at %d in flight = %.1fx%n",
                create.concurrency(), create.p99Millis() / raw.p99Millis()));
        long errors = all.stream().mapToLong(LoadResult::errors).sum();
        if (errors > 0) {
            out.append("errors during the measured windows: ").append(errors).append(" (the figures count successful calls only)\n");
        }
        return out.toString();
    }

    /** A phase in which no call ended inside the window measured nothing: say so rather than pass or fail it. */
    private static String verdict(boolean met, boolean measured) {
        if (!measured) {
            return "not measured: no call ended inside the window; lengthen -Dbench.seconds and -Dbench.warmup";
        }
        return met ? "met" : "not met";
    }
}
