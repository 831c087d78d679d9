package org.complaintdesk.archfixture.adapters.grpc;

/** An adapter of the fixture. */
public class GrpcAdapter {
}
