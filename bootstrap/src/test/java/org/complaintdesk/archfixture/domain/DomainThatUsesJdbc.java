package org.complaintdesk.archfixture.domain;

/** Breaks the rule: a domain class reaching for JDBC and for bootstrap. */
public class DomainThatUsesJdbc {
    java.sql.Connection connection;
    org.complaintdesk.archfixture.bootstrap.Wiring wiring;
}
