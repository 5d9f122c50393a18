// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

/**
 * One N+1 pattern found in a unit of work: the same single-row select, caused by loading the same
 * association (or {@code find} of the same entity) one row at a time.
 *
 * @param cause what triggered the selects: {@code COLLECTION}, {@code TO_ONE} or {@code FIND}
 * @param association the collection role ({@code Post.comments}) or the entity loaded
 * @param count how many such selects the unit of work ran
 * @param shape the select's shape
 * @param callSite the first application frame that triggered them ({@code Class.method(File:line)})
 * @param fix what to try instead
 */
public record NPlusOneFinding(String cause, String association, int count, String shape, String callSite, String fix) {

    /** A report that reads on one line. */
    @Override
    public String toString() {
        return "N+1: " + count + " selects loading " + association + " one at a time (" + cause.toLowerCase(java.util.Locale.ROOT)
                + ") at " + callSite + "; try: " + fix + "; statement: " + shape;
    }
}
