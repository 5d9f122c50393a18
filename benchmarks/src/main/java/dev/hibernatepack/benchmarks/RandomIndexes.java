// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.util.SplittableRandom;

/**
 * 4,096 indexes below a bound, drawn once with a fixed seed and then handed out in a cycle, so
 * every run reads the same rows and the timed path never calls the random number generator.
 */
final class RandomIndexes {

    // A power of two, so the cursor wraps with a mask.
    private static final int DRAWS = 4_096;

    private final int[] indexes = new int[DRAWS];
    private int next;

    RandomIndexes(int bound) {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < DRAWS; i++) {
            indexes[i] = random.nextInt(bound);
        }
    }

    /** The next index of the cycle. */
    int next() {
        int index = indexes[next];
        next = (next + 1) & (DRAWS - 1);
        return index;
    }
}
