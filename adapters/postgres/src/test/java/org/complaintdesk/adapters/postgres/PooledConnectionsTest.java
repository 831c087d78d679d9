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

    @Test
    void every_connection_runs_its_queries_without_parallel_workers_unless_a_transaction_turns_them_back_on() {
        for (int i = 0; i < 12; i++) {
            assertThat(setting(dsl)).isEqualTo("0");
        }
        // As the statistics transactions do: the server's own value, then 0 again after the transaction.
        assertThat(dsl.<String>transactionResult(tx -> {
            tx.dsl().execute("set local max_parallel_workers_per_gather to default");
            return setting(tx.dsl());
        })).isNotEqualTo("0");
        assertThat(setting(dsl)).isEqualTo("0");
    }

    private static String setting(DSLContext dsl) {
        return dsl.fetchSingle("show max_parallel_workers_per_gather").get(0, String.class);
    }

    private static String level(DSLContext dsl) {
        return dsl.fetchSingle("show transaction_isolation").get(0, String.class);
    }
}
