package org.complaintdesk.archfixture.application;

/** Breaks the rule: a use case that depends on gRPC and on an adapter. */
public class UseCaseThatTalksGrpc {
    io.grpc.Status status;
    org.complaintdesk.archfixture.adapters.postgres.StoreThatCallsGrpcAdapter store;
}
