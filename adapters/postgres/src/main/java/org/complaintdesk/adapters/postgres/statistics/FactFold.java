package org.complaintdesk.adapters.postgres.statistics;

import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Brings the statistics' facts up to the complaints' committed changes (V19): a write appends to
 * the outbox, and the facts are folded from it afterwards, in batches, off the write's path.
 */
public final class FactFold {
    /** Events a background pass takes at most; a pass that takes this many is followed at once. */
    public static final int BATCH = 5_000;

    /**
     * Whether anything committed may be missing from the facts: an event without a position yet,
     * or one numbered after the fold's position.
     */
    private static final String PENDING = "select exists (select 1 from event_outbox where position is null)"
            + " or (select last from event_position) > (select last from statistics_fold_position)";

    private final DSLContext dsl;

    public FactFold(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /**
     * Folds every change committed before the call, including events not yet given a position,
     * waiting for a fold in progress: called before a question is answered from the facts, so
     * that the answer counts every change acknowledged before it was asked.
     *
     * @return the positions the fold moved past
     */
    public int beforeQuestion() {
        // Most questions find the background fold done: one read, in one snapshot, instead of a
        // transaction that locks the fold's position.
        if (!Boolean.TRUE.equals(dsl.fetchValue(PENDING))) {
            return 0;
        }
        return fold(0, true);
    }

    /**
     * Folds the complaints of the next {@link #BATCH} events after the fold's position, unless
     * another fold holds it.
     *
     * @return the positions the fold moved past ({@link #BATCH} when more may be waiting), or -1
     *     when another fold was in progress
     */
    public int next() {
        return fold(BATCH, false);
    }

    private int fold(int maxEvents, boolean pending) {
        return dsl.transactionResult(tx -> tx.dsl().resultQuery("select statistics_fold({0}, {1})",
                DSL.val(maxEvents), DSL.val(pending)).fetchOne(0, Integer.class));
    }
}
