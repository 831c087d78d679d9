package org.complaintdesk.adapters.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the service itself, for a single host without a database of its
 * own. The data directory is the caller's and outlives the process: a restart finds the
 * complaints where it left them. The server listens on 127.0.0.1 only and asks every connection
 * for the password of its superuser: a random one, generated on the first start into
 * {@value #PASSWORD_FILE} in the data directory (readable by the service's user only) and kept
 * there across restarts. A data directory from before, whose server trusted every local user,
 * gets its password on its first start with this version (see {@link #requirePassword}).
 *
 * <p>As root, the PostgreSQL programs (which refuse to run as root) are started in a user
 * namespace ({@code unshare -U}) by the zonky launcher. The server stops only on {@link #close()}:
 * the owner closes it after the connection pool, so that calls still in flight at shutdown finish
 * against a running database.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE_NAME = "postgres";
    private static final String LOOPBACK = "127.0.0.1";
    /** The superuser's password, in the data directory, beside the files of PostgreSQL. */
    static final String PASSWORD_FILE = "complaintdesk-password";
    /** Every connection, over TCP or a socket, proves the password (SCRAM; never sent in clear). */
    private static final String PASSWORD_ONLY_HBA = """
            # Written by complaintdesk: every connection proves the superuser's password, kept in
            # complaintdesk-password beside this file. Edits are overwritten at the next start.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    /** How long {@link #close()} waits for the server process to end after it reported the stop. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(10);
    /** How long a start waits for a server orphaned by a dead process to shut down. */
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    /** The file the zonky launcher locks in the data directory while its server runs. */
    private static final String LAUNCHER_LOCK_FILE = "epg-lock";
    /** Where the zonky launcher unpacks binaries and keeps throw-away data directories. */
    private static final Path LAUNCHER_SCRATCH = Path.of(System.getProperty("ot.epg.working-dir",
            Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString())).toAbsolutePath().normalize();

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String password;
    private final Optional<ProcessHandle> postmaster;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.postmaster = postmaster(dataDirectory);
    }

    /** Starts the server on a free port; creates the data directory on the first start. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * Starts the server on {@code port} (0 picks a free one).
     *
     * @throws UncheckedIOException if the server does not come up, e.g. because the port is taken
     * @throws IllegalStateException if another server of this host already uses the data directory
     * @throws IllegalArgumentException if the data directory lies in the launcher's scratch folder
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        Path directory = Objects.requireNonNull(dataDirectory, "dataDirectory").toAbsolutePath().normalize();
        // The launcher deletes directories it finds unlocked in its scratch folder as leftovers
        // of crashed test runs; the complaints must never live there.
        if (directory.startsWith(LAUNCHER_SCRATCH)) {
            throw new IllegalArgumentException("data directory " + directory + " lies in " + LAUNCHER_SCRATCH
                    + ", which the embedded PostgreSQL launcher clears; choose another");
        }
        stopOrphanedServer(directory);
        Optional<String> stored = storedPassword(directory);
        // Without a stored password the server keeps its old trust until requirePassword has set one.
        String password = stored.orElseGet(EmbeddedDatabase::newPassword);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The launcher's own JVM shutdown hook would race the service's ordered shutdown.
                    .setRegisterShutdownHook(false)
                    // Unicode-aware character classes with byte-order sorting, independent of the
                    // host's installed OS locales (PostgreSQL 17+ built-in provider).
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", LOOPBACK)
                    // No Unix socket: TCP on loopback is the only way in.
                    .setServerConfig("unix_socket_directories", "''")
                    // The launcher is tuned for throw-away test servers (fsync and synchronous
                    // commit off). This server keeps real data, so a crash must not lose or
                    // corrupt committed work.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // The launcher's own connections (its readiness check) prove the password too.
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(initialised -> {
                        if (stored.isPresent()) {
                            writeHba(initialised.toPath());
                        }
                    })
                    .start();
            if (stored.isEmpty()) {
                requirePassword(postgres, directory, password);
            }
            return new EmbeddedDatabase(postgres, directory, password);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on " + directory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/" + DATABASE_NAME;
    }

    public String user() {
        return USER;
    }

    /** The superuser's password, as kept in the data directory. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Stops the server (fast shutdown: open transactions roll back) and waits until its process
     * has ended, so that a start on the same directory right after finds it free.
     */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
        // pg_ctl returns once the server removed postmaster.pid, a moment before the process exits.
        postmaster.ifPresent(EmbeddedDatabase::awaitExit);
    }

    /**
     * Gives the superuser of a server that still trusts local users (a new data directory, or
     * one from a version before passwords) its password, then asks for it from every connection.
     * The file is written only once the server has the password, and the trust ends only once
     * the file is there: a crash in between leaves a server that a restart still gets into.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            // The password is hex digits only: nothing in it can end the literal.
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            storePassword(directory, password);
            writeHba(directory);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the password of the embedded PostgreSQL's superuser", e);
        }
        LOG.info("the embedded PostgreSQL now asks for a password, kept in {}", directory.resolve(PASSWORD_FILE));
    }

    private static Optional<String> storedPassword(Path directory) {
        Path file = directory.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String password = Files.readString(file).strip();
            if (!password.matches("[0-9a-f]{64}")) {
                throw new IllegalStateException(file + " does not hold a password this service wrote; restore it or "
                        + "remove it together with the data directory");
            }
            return Optional.of(password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String newPassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Writes the password readable by the service's user only, all at once (a crash leaves none or all). */
    private static void storePassword(Path directory, String password) throws IOException {
        Path file = directory.resolve(PASSWORD_FILE);
        Path partial = directory.resolve(PASSWORD_FILE + ".partial");
        Files.deleteIfExists(partial);
        if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        Files.writeString(partial, password + "\n");
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeHba(Path directory) {
        try {
            Files.writeString(directory.resolve("pg_hba.conf"), PASSWORD_ONLY_HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pg_hba.conf in " + directory, e);
        }
    }

    /**
     * A server left running by a process that died without closing it (kill -9, out of memory)
     * still holds the data directory, and every later start would fail until someone stopped it
     * by hand. The launcher's lock file tells such an orphan from a server a live process owns:
     * the lock dies with its holder. An orphan gets a smart shutdown (its clients died with their
     * process), which writes a checkpoint, so no committed work is lost.
     */
    private static void stopOrphanedServer(Path directory) {
        Path lockFile = directory.resolve(LAUNCHER_LOCK_FILE);
        if (!Files.exists(directory.resolve("postmaster.pid")) || !Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                return;
            }
            if (lock == null) {
                return;
            }
            try {
                postmaster(directory).filter(ProcessHandle::isAlive).filter(EmbeddedDatabase::isPostgres).ifPresent(orphan -> {
                    LOG.warn("stopping the PostgreSQL server (pid {}) that a previous run left on {}", orphan.pid(), directory);
                    orphan.destroy();
                    awaitExit(orphan, ORPHAN_STOP_WAIT);
                });
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the lock of " + directory, e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    /** The server's main process, from the first line of postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("cannot tell the embedded PostgreSQL's process id from {}; close will not wait for it",
                    dataDirectory, e);
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle process) {
        awaitExit(process, EXIT_WAIT);
    }

    private static void awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("embedded PostgreSQL (pid " + process.pid() + ") still runs "
                    + wait.toSeconds() + " s after it was stopped", e);
        }
    }
}
