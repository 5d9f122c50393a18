// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.junit;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.internal.Recording;

/** Records the statements of a test method annotated {@link ExpectQueries} and checks them. */
public final class QueryCountExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QueryCountExtension.class);

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        context.getStore(NAMESPACE).put(context.getUniqueId(), Recording.start());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Recording recording = context.getStore(NAMESPACE).remove(context.getUniqueId(), Recording.class);
        if (recording == null) {
            return;
        }
        recording.stop();
        if (context.getExecutionException().isPresent()) {
            return; // the test's own failure says more
        }
        ExpectQueries expected = context.getRequiredTestMethod().getAnnotation(ExpectQueries.class);
        if (expected == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        check(problems, "select", expected.select(), recording.count(QueryKind.SELECT));
        check(problems, "insert", expected.insert(), recording.count(QueryKind.INSERT));
        check(problems, "update", expected.update(), recording.count(QueryKind.UPDATE));
        check(problems, "delete", expected.delete(), recording.count(QueryKind.DELETE));
        if (expected.noNPlusOne()) {
            recording.findings().forEach(finding -> problems.add(finding.toString()));
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(String.join("; ", problems)).append(". Statements:");
            recording.shapes().forEach(shape -> message.append(System.lineSeparator()).append("  ").append(shape));
            throw new AssertionError(message.toString());
        }
    }

    private static void check(List<String> problems, String kind, int expected, int actual) {
        if (expected >= 0 && expected != actual) {
            problems.add("expected " + expected + " " + kind + "(s) but the test ran " + actual);
        }
    }
}
