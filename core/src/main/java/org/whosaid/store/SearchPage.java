package org.whosaid.store;

import java.util.List;

/**
 * One page of a ranked result list.
 *
 * @param items the results on this page, best first
 * @param total how many results match in all; where {@code totalExact} is false, at least this many
 * @param totalExact whether {@code total} is the exact count rather than a lower bound (a search counts
 *                   its matches exactly only up to {@link #EXACT_TOTAL_UP_TO})
 * @param offset the position of the first item in the whole list
 * @param limit the page size asked for
 * @param next where results follow this page, a cursor that asks for the next page ({@link
 *             StatementQuery#withPageAfter}); else null
 * @param <T> the result type
 */
public record SearchPage<T>(List<T> items, long total, boolean totalExact, int offset, int limit, String next) {

    /** Searches count their matches exactly up to this many; past it, the total is a lower bound. */
    public static final int EXACT_TOTAL_UP_TO = 10_000;

    /** Copies the list so the record stays immutable. */
    public SearchPage {
        items = List.copyOf(items);
    }

    /**
     * A page whose total is exact and which has no cursor.
     *
     * @param items the results on this page
     * @param total how many results there are in all
     * @param offset the position of the first item
     * @param limit the page size asked for
     */
    public SearchPage(List<T> items, long total, int offset, int limit) {
        this(items, total, true, offset, limit, null);
    }

    /** @return whether results follow this page */
    public boolean hasMore() {
        return offset + items.size() < total || next != null;
    }
}
