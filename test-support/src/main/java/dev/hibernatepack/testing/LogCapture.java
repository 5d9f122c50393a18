// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects what one {@code java.util.logging} logger receives while it is open (Hibernate and the
 * pack log there by default), so a test can assert on log lines.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.of("dev.hibernatepack.monitoring.SlowQuery")) {
 *     ...
 *     assertThat(log.messages()).anySatisfy(line -> assertThat(line).startsWith("Slow query: "));
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

    // Held here: java.util.logging keeps loggers weakly, and a collected logger loses its handlers.
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(Logger logger) {
        this.logger = logger;
        logger.addHandler(handler);
    }

    /** Starts collecting what {@code loggerName} receives. */
    public static LogCapture of(String loggerName) {
        return new LogCapture(Logger.getLogger(loggerName));
    }

    /** The records so far, oldest first. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The messages so far with their parameters filled in, oldest first. */
    public List<String> messages() {
        SimpleFormatter formatter = new SimpleFormatter();
        return records.stream().map(formatter::formatMessage).toList();
    }

    /** Stops collecting; what was collected stays readable. */
    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
