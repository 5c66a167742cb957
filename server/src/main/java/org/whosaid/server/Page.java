package org.whosaid.server;

import java.util.List;
import org.whosaid.store.SearchPage;

/**
 * One page of a longer list, as the API answers it.
 *
 * @param items the items of this page
 * @param total how many items there are in all
 * @param offset how many items come before this page
 * @param limit the page size asked for
 * @param hasMore whether items follow this page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, int offset, int limit, boolean hasMore) {

    /** Copies the items so the record stays immutable. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * @param page a page of the store
     * @param <T> the item type
     * @return the same page for the API
     */
    public static <T> Page<T> of(SearchPage<T> page) {
        return new Page<>(page.items(), page.total(), page.offset(), page.limit(), page.hasMore());
    }
}
