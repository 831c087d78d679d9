package org.complaintdesk.adapters.postgres.testing;

import static org.complaintdesk.adapters.postgres.jooq.Tables.CALENDAR_DAY;
import static org.complaintdesk.adapters.postgres.jooq.Tables.CALENDAR_YEAR;
import static org.complaintdesk.adapters.postgres.jooq.Tables.CLOCK_ALERT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_CLOCK_FACT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_EVENT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_FACT;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_NOTICE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_SCOPE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT_WATCH;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EARLY_WARNING;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_OUTBOX;
import static org.complaintdesk.adapters.postgres.jooq.Tables.EVENT_RELAY;
import static org.complaintdesk.adapters.postgres.jooq.Tables.PERSONAL_DATA_ACCESS;
import static org.complaintdesk.adapters.postgres.jooq.Tables.REQUEST_LOG;
import static org.complaintdesk.adapters.postgres.jooq.Tables.STATISTICS_ROLLUP;
import static org.complaintdesk.adapters.postgres.jooq.Tables.STATISTICS_ROLLUP_CHANGE;
import static org.complaintdesk.adapters.postgres.jooq.Tables.TICKET_COUNTER;
import static org.complaintdesk.adapters.postgres.jooq.Tables.VERIFICATION_FAILURE;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.complaintdesk.adapters.postgres.Database;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.adapters.postgres.personal.PersonalDataKeys;
import org.complaintdesk.domain.calendar.CalendarDay;
import org.complaintdesk.domain.calendar.HolidayArrangement;
import org.complaintdesk.domain.calendar.OfficialArrangements;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The one PostgreSQL database of a test JVM, migrated and ready.
 *
 * <p>With {@code COMPLAINTS_TEST_DB_URL} set (and {@code COMPLAINTS_TEST_DB_USER},
 * {@code COMPLAINTS_TEST_DB_PASSWORD}) the tests use that database, e.g. a PostgreSQL 15 to check
 * compatibility; {@link #clear()} empties its tables, so never point it at data you keep.
 * Otherwise an embedded PostgreSQL is started on first use and stopped when the JVM exits.
 *
 * <pre>{@code
 * @BeforeEach
 * void emptyDatabase() {
 *     TestDatabase.clear();
 * }
 * ... new PostgresComplaintStore(TestDatabase.dsl(), TestDatabase.personalData()) ...
 * }</pre>
 */
public final class TestDatabase {
    public static final String URL_VARIABLE = "COMPLAINTS_TEST_DB_URL";
    public static final String USER_VARIABLE = "COMPLAINTS_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "COMPLAINTS_TEST_DB_PASSWORD";

    /** Who stored the shipped arrangements, as V3 records it. */
    public static final String SHIPPED_BY = "migration:V3";

    private static Server server;
    private static Database database;

    /** Where the database is; tests that need a second connection pool connect here. */
    public record Server(String jdbcUrl, String user, String password) {
    }

    private TestDatabase() {
    }

    public static synchronized Database database() {
        if (database == null) {
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                server = new Server(url, required(USER_VARIABLE), required(PASSWORD_VARIABLE));
                database = Database.connect(server.jdbcUrl(), server.user(), server.password());
                Runtime.getRuntime().addShutdownHook(new Thread(database::close, "test-database-closer"));
            } else {
                EmbeddedPostgres postgres = startEmbedded();
                server = new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
                database = Database.connect(server.jdbcUrl(), server.user(), server.password());
                Database pool = database;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    pool.close();
                    stop(postgres);
                }, "test-database-closer"));
            }
        }
        return database;
    }

    /** The cipher of the complainant's data in the test database: this JVM's ephemeral keys. */
    public static PersonalDataCipher personalData() {
        return PersonalData.CIPHER;
    }

    private static final class PersonalData {
        static final PersonalDataCipher CIPHER = new PersonalDataCipher(PersonalDataKeys.ephemeral());
    }

    public static DSLContext dsl() {
        return database().dsl();
    }

    public static DataSource dataSource() {
        return database().dataSource();
    }

    public static synchronized Server server() {
        database();
        return server;
    }

    /**
     * Empties the register, timelines, access log and ticket counters included, and puts back the calendar
     * the service ships with; call it before each test. TRUNCATE fires no row trigger, so the
     * append-only timeline is emptied too; and no statement trigger of the facts either, so the
     * statistics rollup (V17) is emptied with them.
     */
    /**
     * A second, small pool on the test database whose transactions run at the given isolation
     * level (e.g. {@code "TRANSACTION_SERIALIZABLE"}), for tests of concurrent writers. Close it.
     */
    public static HikariDataSource poolAt(String isolation) {
        Server server = server();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setTransactionIsolation(isolation);
        config.setMaximumPoolSize(2);
        config.setPoolName("isolation-test-" + isolation);
        return new HikariDataSource(config);
    }

    public static void clear() {
        // The monthly partitions stay, emptied with their tables. Positions go on counting from
        // where they were: tests read them relative to the last one given.
        dsl().truncate(PERSONAL_DATA_ACCESS, EARLY_WARNING, EVENT_OUTBOX, EVENT_RELAY, COMPLAINT_NOTICE, CLOCK_ALERT, COMPLAINT_WATCH,
                REQUEST_LOG, COMPLAINT_EVENT, COMPLAINT_SCOPE, COMPLAINT_CLOCK_FACT, COMPLAINT_FACT, COMPLAINT,
                STATISTICS_ROLLUP, STATISTICS_ROLLUP_CHANGE,
                TICKET_COUNTER, VERIFICATION_FAILURE).execute();
        restoreShippedCalendar();
    }

    /**
     * The calendar as V3 seeds it (the official arrangements at version 1, no other year), put
     * back only when a test changed it: versions only grow, so an untouched calendar is one with
     * exactly the shipped years, each at version 1.
     */
    public static void restoreShippedCalendar() {
        var shippedYears = OfficialArrangements.shipped().stream().map(HolidayArrangement::year).toList();
        int untouched = dsl().fetchCount(CALENDAR_YEAR, CALENDAR_YEAR.YEAR.in(shippedYears).and(CALENDAR_YEAR.VERSION.eq(1L)));
        if (untouched == shippedYears.size() && dsl().fetchCount(CALENDAR_YEAR) == shippedYears.size()) {
            return;
        }
        dsl().transaction(tx -> {
            tx.dsl().truncate(CALENDAR_DAY, CALENDAR_YEAR).execute();
            for (HolidayArrangement arrangement : OfficialArrangements.shipped()) {
                tx.dsl().insertInto(CALENDAR_YEAR)
                        .set(CALENDAR_YEAR.YEAR, arrangement.year())
                        .set(CALENDAR_YEAR.VERSION, 1L)
                        .set(CALENDAR_YEAR.UPDATED_AT, DSL.currentInstant())
                        .set(CALENDAR_YEAR.UPDATED_BY, SHIPPED_BY)
                        .execute();
                var days = tx.dsl().insertInto(CALENDAR_DAY,
                        CALENDAR_DAY.DAY, CALENDAR_DAY.YEAR, CALENDAR_DAY.KIND, CALENDAR_DAY.HOLIDAY);
                for (CalendarDay day : arrangement.days()) {
                    days = days.values(day.date(), arrangement.year(), day.kind().name(), day.holiday());
                }
                days.execute();
            }
        });
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            // A throw-away server: its data directory is deleted when it stops. Our own hook stops
            // it, after the pool, so that the two do not race at exit.
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for the tests did not start", e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for the tests did not stop", e);
        }
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            throw new IllegalStateException(URL_VARIABLE + " is set, so " + variable + " must be set too");
        }
        return value;
    }
}
