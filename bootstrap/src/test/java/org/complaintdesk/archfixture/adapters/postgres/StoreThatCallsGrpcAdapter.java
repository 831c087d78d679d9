package org.complaintdesk.archfixture.adapters.postgres;

/** Breaks the rule: one adapter depending on another. */
public class StoreThatCallsGrpcAdapter {
    org.complaintdesk.archfixture.adapters.grpc.GrpcAdapter other;
}
