package org.complaintdesk.archfixture.bootstrap;

/** The fixture's composition root. */
public class Wiring {
}
