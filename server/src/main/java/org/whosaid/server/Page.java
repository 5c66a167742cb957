package org.whosaid.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.whosaid.store.SearchPage;

/**
 * One page of a longer list, as the API answers it.
 *
 * @param items the items of this page
 * @param total how many items there are in all; where {@code totalExact} is false, at least this many
 * @param totalExact whether {@code total} is exact; searches count exactly only up to 10,000 matches
 * @param offset how many items come before this page
 * @param limit the page size asked for
 * @param hasMore whether items follow this page
 * @param next where items follow, the value of {@code after} that asks for the next page (statement
 *             searches only)
 * @param <T> the item type
 */
public record Page<T>(
        List<T> items,
        long total,
        boolean totalExact,
        int offset,
        int limit,
        boolean hasMore,
        @JsonInclude(JsonInclude.Include.NON_NULL) String next) {

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
        return new Page<>(
                page.items(),
                page.total(),
                page.totalExact(),
                page.offset(),
                page.limit(),
                page.hasMore(),
                page.next());
    }
}
