// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class LogCaptureTest {

    @Test
    void collectsFormattedMessagesOnlyWhileOpen() {
        Logger logger = Logger.getLogger("dev.hibernatepack.testing.LogCaptureTest");
        LogCapture log = LogCapture.of(logger.getName());
        logger.log(Level.WARNING, "{0} rows", 3);
        log.close();
        logger.warning("after close");

        assertThat(log.messages()).containsExactly("3 rows");
        assertThat(log.records()).singleElement().satisfies(record -> assertThat(record.getLevel()).isEqualTo(Level.WARNING));
    }
}
