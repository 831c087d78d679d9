package org.complaintdesk.bootstrap.bench;

import static org.complaintdesk.adapters.postgres.jooq.Tables.COMPLAINT;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.complaintdesk.adapters.postgres.complaint.SealedCopies;
import org.complaintdesk.adapters.postgres.jooq.tables.records.ComplaintRecord;
import org.complaintdesk.adapters.postgres.personal.PersonalDataCipher;
import org.complaintdesk.domain.complaint.AccountNumber;
import org.complaintdesk.domain.complaint.Address;
import org.complaintdesk.domain.complaint.Complainant;
import org.complaintdesk.domain.complaint.ContactPreference;
import org.complaintdesk.domain.complaint.PersonName;
import org.complaintdesk.domain.complaint.PhoneNumber;
import org.postgresql.PGConnection;

/**
 * The register of {@link QueueBenchmark}, written straight into the service's PostgreSQL: complaints
 * one a minute from 2024-01-01, owned by 40 units (gridco/r0/u0 .. gridco/r4/u7), every third one
 * dispatched to one of the 4 departments of its region, as bench/scope-seed.sql lays them out; but
 * each with its complainant's data sealed for its own row under the service's keys, so that any page
 * the service lists opens. Every one is watched: its watch row holds the clocks' earliest due and
 * status as the monitor would have recorded them (by a hash of the id: 5 % breached a day ago, 5 %
 * in warning due in three hours, the rest on time, due in 2 to 21 days), and is next due for the
 * monitor's attention in two days, so that no pass runs meanwhile. Triggers are off while the
 * complaints and watch rows are written (session_replication_role replica): the statistics and the
 * events of these rows are not listed. They are on for the scope, which copies the watch rows.
 */
final class QueueSeed {
    static final String DEPARTMENT = "gridco/r2/dept3";
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final int CHUNK = 20_000;
    private static final String COLUMNS = "id, ticket_number, state, complainant_name_sealed, complainant_phone_sealed,"
            + " complainant_account_number_sealed, complainant_address_sealed, personal_data_key_id,"
            + " complainant_phone_index, complainant_account_number_index, contact_preference, channel, received_at,"
            + " kind, utility_domain, nature, topic, safety_hazard, large_area_interruption, wide_area_quality_problem,"
            + " proposed_severity, severity, priority, description, demand, org_unit, intake_unit, registered_by,"
            + " registered_at, updated_at, lead_department, co_handling_departments, dispatch_handler, dispatched_by,"
            + " dispatched_at, version";

    private QueueSeed() {
    }

    /** Writes {@code complaints} complaints, their scope and their watch rows; analyzes the tables. */
    static void seed(Connection connection, PersonalDataCipher cipher, int complaints) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (int from = 1; from <= complaints; from += CHUNK) {
            int to = Math.min(complaints, from + CHUNK - 1);
            // Sealing is the dear part: both cores, rows in order.
            String rows = IntStream.rangeClosed(from, to).parallel().mapToObj(n -> row(cipher, n))
                    .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString();
            copy.copyIn("copy complaint (" + COLUMNS + ") from stdin (format csv)", new StringReader(rows));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into complaint_watch (complaint_id, next_attention_at, earliest_due, clock_status,"
                    + " recorded_version, running_dues)"
                    + " select id, now() + interval '2 days' + (h % 1440) * interval '1 minute',"
                    + "   case when h % 20 = 0 then now() - interval '1 day' - (h % 7) * interval '1 hour'"
                    + "        when h % 20 = 1 then now() + interval '3 hours'"
                    + "        else now() + (2 + h % 20) * interval '1 day' end,"
                    + "   case when h % 20 = 0 then 'BREACHED' when h % 20 = 1 then 'WARNING' else 'ON_TIME' end,"
                    + "   1, '{}'::jsonb"
                    + " from complaint, lateral (select abs(hashtext(id::text))) as hash(h)"
                    + " where id not in (select complaint_id from complaint_watch)");
            // With triggers on: each scope row starts from its complaint's watch row (V18).
            statement.execute("set session_replication_role = origin");
            statement.execute(scopeBackfill());
            for (String table : new String[] {"complaint", "complaint_scope", "complaint_watch"}) {
                statement.execute("vacuum analyze " + table);
            }
        }
    }

    private static StringBuilder row(PersonalDataCipher cipher, int n) {
        UUID id = UUID.randomUUID();
        int region = n % 5;
        String unit = "gridco/r" + region + "/u" + (n / 5) % 8;
        boolean dispatched = n % 3 == 0;
        Instant received = FIRST.plus(n, ChronoUnit.MINUTES);
        Complainant complainant = new Complainant(new PersonName("王小明"), PhoneNumber.of("138" + String.format("%08d", n)),
                Optional.of(new AccountNumber("32" + String.format("%08d", n))), new Address("南京市鼓楼区中山路" + n % 300 + "号"),
                ContactPreference.PHONE);
        ComplaintRecord sealed = SealedCopies.sealed(cipher, id, complainant);
        StringBuilder row = new StringBuilder(1024);
        row.append(id).append(',').append("TS20240101").append(String.format("%08d", n)).append(',')
                .append(dispatched ? "DISPATCHED" : "REGISTERED").append(',')
                .append(hex(sealed.get(COMPLAINT.COMPLAINANT_NAME_SEALED))).append(',')
                .append(hex(sealed.get(COMPLAINT.COMPLAINANT_PHONE_SEALED))).append(',')
                .append(hex(sealed.get(COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER_SEALED))).append(',')
                .append(hex(sealed.get(COMPLAINT.COMPLAINANT_ADDRESS_SEALED))).append(',')
                .append(sealed.get(COMPLAINT.PERSONAL_DATA_KEY_ID)).append(',')
                .append(hex(sealed.get(COMPLAINT.COMPLAINANT_PHONE_INDEX))).append(',')
                .append(hex(sealed.get(COMPLAINT.COMPLAINANT_ACCOUNT_NUMBER_INDEX))).append(',')
                .append("PHONE,HOTLINE,").append(received).append(",COMPLAINT,ELECTRICITY,BILLING,电费异常,false,false,false,")
                .append("3,3,NORMAL,十月份的电费是平时的两倍。,重新抄表。,")
                .append(unit).append(',').append(unit).append(",agent-1,").append(received).append(',').append(received)
                .append(',');
        if (dispatched) {
            row.append("gridco/r").append(region).append("/dept").append((n / 40) % 4).append(",{},handler-")
                    .append(n % 200).append(",supervisor-1,").append(received.plus(1, ChronoUnit.HOURS));
        } else {
            row.append(",,,,");
        }
        return row.append(",1\n");
    }

    private static String hex(byte[] bytes) {
        return "\\x" + HexFormat.of().formatHex(bytes);
    }

    /** The statement of V7__unit_scope.sql that fills the scope of complaints stored before it. */
    private static String scopeBackfill() throws IOException {
        try (InputStream in = QueueSeed.class.getResourceAsStream("/db/migration/V7__unit_scope.sql")) {
            if (in == null) {
                throw new IOException("no resource /db/migration/V7__unit_scope.sql");
            }
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return migration.substring(migration.indexOf("insert into complaint_scope"));
        }
    }
}
