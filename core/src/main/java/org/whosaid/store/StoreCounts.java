package org.whosaid.store;

/**
 * What a store holds.
 *
 * @param articles stored articles
 * @param statements stored statements
 * @param speakers people and organisations (store-wide records and article-local ones)
 */
public record StoreCounts(long articles, long statements, long speakers) {}
