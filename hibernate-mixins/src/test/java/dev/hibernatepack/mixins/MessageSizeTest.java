// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MessageSizeTest {

    @Test
    void aRestoreMeetingAThousandConflictsNamesTheFirstTenAndCountsTheRest() {
        List<String> conflicts = IntStream.range(0, 1_000)
                .mapToObj(i -> "Post#" + i + " (slug=" + "s".repeat(i == 0 ? 10_000 : 5) + ") conflicts with live Post#" + (i + 5_000))
                .toList();

        RestoreConflictException e = new RestoreConflictException(conflicts);

        assertThat(e.getMessage().length()).isLessThan(4_096);
        assertThat(e.getMessage()).contains("Post#0 (slug=sss").contains("…").contains("Post#9 ")
                .doesNotContain("Post#10 ").contains("and 990 more");
        assertThat(e.getConflicts()).isEqualTo(conflicts);
    }

    @Test
    void aFewRestoreConflictsAreAllInTheMessage() {
        RestoreConflictException e = new RestoreConflictException(List.of("Post#1 (slug=a) conflicts with live Post#2"));
        assertThat(e.getMessage()).endsWith("nothing was changed: Post#1 (slug=a) conflicts with live Post#2");
    }

    @Test
    void keysWithLineBreaksStayOnOneLineOfTheMessage() {
        InvalidAttributesException e = new InvalidAttributesException("Post",
                Map.of("evil\nINFO forged log line", "is not an attribute of Post"), List.of("title"));
        assertThat(e.getMessage()).doesNotContain("\n").contains("evil\\u000aINFO forged log line");
        assertThat(e.getProblems()).containsKey("evil\nINFO forged log line");
    }
}
