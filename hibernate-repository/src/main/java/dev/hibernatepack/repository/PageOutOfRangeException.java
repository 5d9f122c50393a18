// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.math.BigInteger;

/**
 * A page request starts past the last row a query can skip to: its offset, {@code (page - 1) * size},
 * is more than {@value #MAX_OFFSET} (Hibernate's first result is an {@code int}). Nothing reached the
 * database. A huge size on an early page is not refused: it reads every remaining row.
 */
public final class PageOutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The most rows a page query can skip. */
    public static final long MAX_OFFSET = Integer.MAX_VALUE;

    private final long page;
    private final int size;

    public PageOutOfRangeException(long page, int size) {
        super("Cannot read page " + page + " of size " + size + ": it starts after row "
                + BigInteger.valueOf(page - 1).multiply(BigInteger.valueOf(size))
                + ", and a query can skip at most " + MAX_OFFSET + " rows; ask for an earlier page or a smaller size");
        this.page = page;
        this.size = size;
    }

    /** The page asked for (1 is the first). */
    public long page() {
        return page;
    }

    /** The size asked for. */
    public int size() {
        return size;
    }
}
