package org.complaintdesk.bootstrap.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complaintdesk.adapters.postgres.testing.TestDatabase;

/**
 * An empty database of its own on the tests' PostgreSQL server, standing for an operator's external
 * one (COMPLAINTS_DB_URL); dropped when closed.
 */
final class ScratchDatabase implements AutoCloseable {
    private final String name;
    private final String url;
    private final TestDatabase.Server server;

    private ScratchDatabase(String name, TestDatabase.Server server) {
        this.name = name;
        this.server = server;
        this.url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    static ScratchDatabase create(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = TestDatabase.dataSource().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        }
        return new ScratchDatabase(name, TestDatabase.server());
    }

    String url() {
        return url;
    }

    String user() {
        return server.user();
    }

    String password() {
        return server.password();
    }

    /** The ticket numbers of the complaints stored in it, as the service wrote them. */
    List<String> ticketNumbers() throws SQLException {
        List<String> tickets = new ArrayList<>();
        try (Connection external = DriverManager.getConnection(url, user(), password());
             Statement sql = external.createStatement();
             ResultSet rows = sql.executeQuery("select ticket_number from complaint")) {
            while (rows.next()) {
                tickets.add(rows.getString(1));
            }
        }
        return tickets;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = TestDatabase.dataSource().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
        }
    }
}
