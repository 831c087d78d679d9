package org.complaintdesk.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintdesk.adapters.postgres.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.Isolation;
import org.junit.jupiter.api.Test;

/** The isolation level jOOQ's transactions run at, tracked by the pool's connections instead of asked for. */
class PooledConnectionsTest {
    private final DSLContext dsl = TestDatabase.dsl();

    @Test
    void a_transaction_runs_at_read_committed_unless_it_asks_for_more() {
        assertThat(dsl.<String>transactionResult(tx -> level(tx.dsl()))).isEqualTo("read committed");
        assertThat(level(dsl)).isEqualTo("read committed");
    }

    @Test
    void a_transaction_that_asks_for_another_level_gets_it_and_leaves_read_committed_behind() {
        for (int i = 0; i < 12; i++) {
            // More transactions than the pool has connections: each connection is handed back at least once.
            assertThat(dsl.<String>transactionResult(tx -> level(tx.dsl()), Isolation.SERIALIZABLE)).isEqualTo("serializable");
            assertThat(dsl.<String>transactionResult(tx -> level(tx.dsl()), Isolation.REPEATABLE_READ))
                    .isEqualTo("repeatable read");
            assertThat(dsl.<String>transactionResult(tx -> level(tx.dsl()))).isEqualTo("read committed");
        }
    }

    private static String level(DSLContext dsl) {
        return dsl.fetchSingle("show transaction_isolation").get(0, String.class);
    }
}
