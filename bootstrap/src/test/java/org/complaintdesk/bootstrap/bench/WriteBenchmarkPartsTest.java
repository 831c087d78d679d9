package org.complaintdesk.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The pure parts of {@link WriteBenchmark}: what a load process reports, and what it runs as raw SQL. */
class WriteBenchmarkPartsTest {

    @Test
    void a_phase_reports_its_calls_per_second_of_the_window_and_its_percentiles() {
        long[] nanos = LongStream.rangeClosed(1, 200).map(ms -> ms * 1_000_000).toArray();

        LoadResult result = LoadResult.of("create", 32, 20, nanos, 2);

        assertThat(result.perSecond()).isEqualTo(10.0);
        assertThat(result.p50Millis()).isEqualTo(100.0);
        assertThat(result.p99Millis()).isEqualTo(198.0);
        assertThat(result.calls()).isEqualTo(200);
        assertThat(result.errors()).isEqualTo(2);
    }

    @Test
    void the_line_a_load_process_prints_reads_back_among_its_other_output() {
        LoadResult printed = new LoadResult("get", 8, 20, 51234, 0, 2561.7, 2.5, 11.25);

        LoadResult read = LoadResult.parse("a warning\n" + printed.toJson() + "\n");

        assertThat(read.method()).isEqualTo("get");
        assertThat(read.concurrency()).isEqualTo(8);
        assertThat(read.calls()).isEqualTo(51234);
        assertThat(read.perSecond()).isCloseTo(2561.7, within(0.01));
        assertThat(read.p99Millis()).isCloseTo(11.25, within(0.001));
    }

    @Test
    void output_without_a_result_line_is_refused() {
        assertThatThrownBy(() -> LoadResult.parse("Exception in thread main\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no result line");
    }

    @Test
    void the_jdbc_limit_runs_the_two_inserts_of_the_pgbench_script_without_its_transaction_commands() throws Exception {
        List<String> statements = RawRegisterClient.statements(RawRegisterClient.resource("bench/raw-register.sql"));

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).startsWith("INSERT INTO complaint (").doesNotContain("BEGIN");
        assertThat(statements.get(1)).startsWith("INSERT INTO complaint_event").contains("'agent-' || :n");
    }

    @Test
    void the_report_tells_the_targets_met_and_missed() {
        LoadResult create = new LoadResult("create", 32, 20, 2000, 0, 100, 280, 850);
        LoadResult get = new LoadResult("get", 32, 20, 20000, 0, 1000, 40, 190);
        LoadResult raw = new LoadResult("raw-pgbench", 32, 20, 46000, 0, 2300, 11, 43);
        LoadResult rawOne = new LoadResult("raw-pgbench", 1, 20, 25000, 0, 1250, 0.6, 4.8);

        String report = Report.of(create, create, get, raw, rawOne, List.of(create, get, raw));

        assertThat(report).contains("CreateComplaint / raw SQL at 32 in flight = 4.3% (100/s vs 2300 tps; target >= 50%: not met)")
                .contains("GetComplaint / CreateComplaint at 32 in flight = 10.0x (target >= 8x: met)")
                .contains("create@32 850.00;");
    }

    @Test
    void a_phase_in_which_no_call_ended_is_reported_as_not_measured_rather_than_as_met() {
        LoadResult none = LoadResult.of("create", 32, 3, new long[0], 0);
        LoadResult get = new LoadResult("get", 32, 3, 300, 0, 100, 300, 790);
        LoadResult raw = new LoadResult("raw-jdbc", 32, 3, 2700, 0, 900, 28, 162);

        String report = Report.of(none, none, get, raw, raw, List.of(none, get, raw));

        assertThat(report).doesNotContain(": met").contains("not measured: no call ended inside the window");
    }
}
