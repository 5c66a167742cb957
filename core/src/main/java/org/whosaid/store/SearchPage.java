package org.whosaid.store;

import java.util.List;

/**
 * One page of a ranked result list.
 *
 * @param items the results on this page, best first
 * @param total how many results match in all
 * @param offset the position of the first item in the whole list
 * @param limit the page size asked for
 * @param <T> the result type
 */
public record SearchPage<T>(List<T> items, long total, int offset, int limit) {

    /** Copies the list so the record stays immutable. */
    public SearchPage {
        items = List.copyOf(items);
    }

    /** @return whether results follow this page */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
