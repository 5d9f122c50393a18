// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

/**
 * Thrown in {@code throw} mode ({@link MonitoringSettings#N_PLUS_ONE}) when a unit of work reaches
 * the N+1 threshold: the test fails where the pattern is, with the fix to try.
 */
public class NPlusOneException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient NPlusOneFinding finding;

    /** Creates the exception for a finding. */
    public NPlusOneException(NPlusOneFinding finding) {
        super(finding.toString());
        this.finding = finding;
    }

    /** What was found. */
    public NPlusOneFinding getFinding() {
        return finding;
    }
}
