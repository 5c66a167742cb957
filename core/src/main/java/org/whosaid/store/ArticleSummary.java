package org.whosaid.store;

/**
 * A stored article in a list.
 *
 * @param id the store id
 * @param title headline, or null
 * @param outlet publisher, or null
 * @param url address, or null
 * @param published publication date (ISO 8601), or null
 * @param statements how many statements were found in it
 */
public record ArticleSummary(String id, String title, String outlet, String url, String published, int statements) {}
