package org.complaintdesk.adapters.postgres.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * Generated complaints for statistics, in SQL: statistics/stats-seed.sql (every dimension and
 * outcome over 40 units) and statistics/stats-clock-seed.sql (their clock rounds). Used by the
 * statistics test and the benchmark.
 */
public final class StatisticsSeed {
    private StatisticsSeed() {
    }

    /** Complaints numbered {@code from}..{@code to}, number n received at {@code start} + n * spacing. */
    public static void complaints(DSLContext dsl, int from, int to, Instant start, int spacingSeconds) {
        // The values are numbers and an instant, never text from outside: written into the SQL.
        dsl.execute(resource("/statistics/stats-seed.sql").replace(":from", Integer.toString(from))
                .replace(":to", Integer.toString(to)).replace(":start", "'" + start + "'")
                .replace(":spacing", Integer.toString(spacingSeconds)));
        // Written without timeline entries, so the outbox does not name them: their facts folded here.
        dsl.execute("select complaint_fact_fold(array(select id from complaint where ticket_number between '"
                + ticket(from) + "' and '" + ticket(to) + "'))");
        dsl.execute(resource("/statistics/stats-clock-seed.sql").replace(":first", "'" + ticket(from) + "'")
                .replace(":last", "'" + ticket(to) + "'"));
    }

    private static String ticket(int n) {
        return "TS20250101" + String.format("%08d", n);
    }

    private static String resource(String path) {
        try (InputStream in = StatisticsSeed.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
