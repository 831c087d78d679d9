package org.complaintdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

class FailureRunTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(FailureRunTest.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final AtomicLong now = new AtomicLong();
    private final FailureRun run = new FailureRun(logger, Level.ERROR, "test pass", now::get);

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    private void failFor(Duration d, Duration every) {
        for (long t = 0; t < d.toNanos(); t += every.toNanos()) {
            run.failed(new IllegalStateException("database away: row of 王小明"));
            now.addAndGet(every.toNanos());
        }
    }

    @Test
    void the_first_failure_is_logged_with_its_trace_and_repeats_once_a_minute_without_it() {
        // Every 50 ms for two and a half minutes: 3,000 failures.
        failFor(Duration.ofSeconds(150), Duration.ofMillis(50));

        assertThat(log.list).hasSize(3);
        ILoggingEvent first = log.list.getFirst();
        assertThat(first.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
        assertThat(first.getFormattedMessage()).isEqualTo("test pass failed; trying again at the next pass");
        assertThat(first.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        assertThat(log.list.get(1).getFormattedMessage())
                .isEqualTo("test pass still failing: 1201 passes in a row, the last with java.lang.IllegalStateException");
        assertThat(log.list.get(2).getFormattedMessage()).startsWith("test pass still failing: 2401 passes in a row");
        assertThat(log.list.subList(1, 3)).allSatisfy(e -> {
            assertThat(e.getThrowableProxy()).isNull();
            assertThat(e.getFormattedMessage()).doesNotContain("王小明");
        });
    }

    @Test
    void a_pass_that_works_again_is_told_once_and_the_next_failure_starts_a_new_run() {
        failFor(Duration.ofSeconds(1), Duration.ofMillis(250));
        run.succeeded();
        run.succeeded();
        run.failed(new IllegalStateException("away again"));

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "test pass failed; trying again at the next pass",
                "test pass works again after 4 failed passes",
                "test pass failed; trying again at the next pass");
        assertThat(log.list.getLast().getThrowableProxy()).isNotNull();
    }
}
