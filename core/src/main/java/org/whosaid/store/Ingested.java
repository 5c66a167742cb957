package org.whosaid.store;

/**
 * What {@link Store#ingest} did with one article.
 *
 * @param articleId the article's store id (for a duplicate: the id it is already stored under)
 * @param stored true where the article was added; false where the same text was already stored
 * @param statements the statements added (0 for a duplicate)
 */
public record Ingested(String articleId, boolean stored, int statements) {}
