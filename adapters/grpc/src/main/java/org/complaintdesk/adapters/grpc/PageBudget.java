package org.complaintdesk.adapters.grpc;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How many bytes one page of a list may take. gRPC clients refuse responses above 4 MiB by
 * default, and a page of 500 complaints with long texts and their clocks can be 10 MB: a page
 * stops before it passes the budget, with fewer entries than asked for (AIP-158 allows it) and a
 * next page token that continues after the last entry it holds.
 */
record PageBudget(int maxBytes) {
    /** Well below the 4 MiB default of the clients, leaving room for the rest of the response. */
    static final PageBudget DEFAULT = new PageBudget(3 * 1024 * 1024);

    PageBudget {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a page budget must be positive");
        }
    }

    /**
     * The messages of the leading entries that fit in the budget, at least one (a page always
     * moves the client forward).
     */
    <T, M extends MessageLite> List<M> fit(List<T> entries, Function<T, M> toMessage) {
        List<M> fitting = new ArrayList<>(entries.size());
        long used = 0;
        for (T entry : entries) {
            M message = toMessage.apply(entry);
            // As an entry of a repeated field: its tag (one byte for fields 1-15), its length, itself.
            int size = message.getSerializedSize();
            used += 1 + CodedOutputStream.computeUInt32SizeNoTag(size) + size;
            if (used > maxBytes && !fitting.isEmpty()) {
                break;
            }
            fitting.add(message);
        }
        return fitting;
    }
}
