package org.complaintdesk.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.aNewRequest;
import static org.complaintdesk.adapters.postgres.testing.ComplaintFixture.registered;
import static org.complaintdesk.adapters.postgres.testing.IntakeBuilder.anIntake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.complaintdesk.adapters.postgres.complaint.PostgresComplaintStore;
import org.complaintdesk.adapters.postgres.complaint.PostgresTicketNumberSequence;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.complaintdesk.domain.complaint.Complaint;
import org.complaintdesk.domain.complaint.TicketNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server the service runs for itself, here as the build runs it: possibly as root. */
class EmbeddedDatabaseTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dataDirectory;

    @Test
    void complaints_and_ticket_counters_survive_a_stop_and_a_start_on_the_same_data_directory() {
        Complaint complaint = registered(anIntake());
        try (var server = EmbeddedDatabase.start(dataDirectory); var database = connect(server)) {
            new PostgresComplaintStore(database.dsl(), TestDatabase.personalData()).insert(complaint, aNewRequest());
            new PostgresTicketNumberSequence(database.dsl()).next(DAY);
        }

        try (var server = EmbeddedDatabase.start(dataDirectory); var database = connect(server)) {
            assertThat(new PostgresComplaintStore(database.dsl(), TestDatabase.personalData()).findById(complaint.id()))
                    .map(Complaint::snapshot).contains(complaint.snapshot());
            assertThat(new PostgresTicketNumberSequence(database.dsl()).next(DAY)).isEqualTo(TicketNumber.of(DAY, 2));
        }
    }

    @Test
    void stopping_leaves_no_postgres_process_behind() throws IOException {
        List<ProcessHandle> serverProcesses;
        try (var server = EmbeddedDatabase.start(dataDirectory)) {
            Path pidFile = server.dataDirectory().resolve("postmaster.pid");
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
            // The server and its helpers (checkpointer, WAL writer, ...); short-lived ones may end meanwhile.
            serverProcesses = Stream.concat(Stream.of(handle), handle.descendants()).toList();
            assertThat(handle.isAlive()).isTrue();
            assertThat(serverProcesses).hasSizeGreaterThan(1);
        }

        assertThat(serverProcesses).noneMatch(ProcessHandle::isAlive);
        assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void the_server_listens_on_loopback_only_and_writes_durably() {
        try (var server = EmbeddedDatabase.start(dataDirectory); var database = connect(server)) {
            var dsl = database.dsl();

            assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:" + server.port() + "/");
            assertThat(dsl.fetchValue("show listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(dsl.fetchValue("show unix_socket_directories")).isEqualTo("");
            assertThat(dsl.fetchValue("show fsync")).isEqualTo("on");
            assertThat(dsl.fetchValue("show synchronous_commit")).isEqualTo("on");
            assertThat(dsl.fetchValue("show server_encoding")).isEqualTo("UTF8");
        }
    }

    @Test
    void a_connection_without_the_password_is_refused() {
        try (var server = EmbeddedDatabase.start(dataDirectory)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.user(), ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.user(), "postgres"))
                    .isInstanceOf(SQLException.class);
            assertThat(server.password()).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void the_password_is_kept_across_restarts_where_only_the_service_s_user_reads_it() throws IOException {
        String first;
        try (var server = EmbeddedDatabase.start(dataDirectory)) {
            first = server.password();
        }

        try (var server = EmbeddedDatabase.start(dataDirectory); var database = connect(server)) {
            assertThat(server.password()).isEqualTo(first);
            assertThat(database.dsl().fetchValue("select 1")).isEqualTo(1);
        }
        Path file = dataDirectory.resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void a_data_directory_of_a_server_that_trusted_local_users_keeps_its_data_and_gets_a_password() throws IOException {
        Complaint complaint = registered(anIntake());
        try (var server = EmbeddedDatabase.start(dataDirectory); var database = connect(server)) {
            new PostgresComplaintStore(database.dsl(), TestDatabase.personalData()).insert(complaint, aNewRequest());
        }
        // As versions before passwords left it: initdb's trust for every local connection, no password file.
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Files.delete(dataDirectory.resolve(EmbeddedDatabase.PASSWORD_FILE));

        try (var server = EmbeddedDatabase.start(dataDirectory); var database = connect(server)) {
            assertThat(new PostgresComplaintStore(database.dsl(), TestDatabase.personalData()).findById(complaint.id())).isPresent();
            assertThat(dataDirectory.resolve(EmbeddedDatabase.PASSWORD_FILE)).exists();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.user(), ""))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static Database connect(EmbeddedDatabase server) {
        return Database.connect(server.jdbcUrl(), server.user(), server.password(), 2);
    }
}
