package org.complaintdesk.adapters.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Status;
import java.util.List;

/** Reads the google.rpc details of a status the way a client would. */
final class StatusDetails {
    private StatusDetails() {
    }

    /** The one detail of the given type; fails if there is none or more than one. */
    static <T extends Message> T only(Status status, Class<T> type) {
        List<Any> matching = status.getDetailsList().stream().filter(any -> any.is(type)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " in " + status);
        }
        try {
            return matching.getFirst().unpack(type);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    /** Each field violation as "field RULE", the rule read from the end of the description. */
    static List<String> violations(Status status) {
        return only(status, BadRequest.class).getFieldViolationsList().stream()
                .map(v -> v.getField() + " " + ruleOf(v.getDescription()))
                .toList();
    }

    private static String ruleOf(String description) {
        int open = description.lastIndexOf(" (");
        if (open < 0 || !description.endsWith(")")) {
            throw new AssertionError("description does not name its rule: " + description);
        }
        return description.substring(open + 2, description.length() - 1);
    }
}
