package org.whosaid.store;

import java.time.LocalDate;

/**
 * A search over stored statements. Every criterion is optional (null: no constraint) and all given
 * criteria must hold. Build one with {@link #all()} and the {@code with...} methods.
 *
 * @param text words in the statement's content, all required (English stemming); {@code "quoted
 *             phrases"}, {@code a | b} (either), {@code -excluded} and {@code prefix*} are understood
 * @param speaker a name of the speaker, any alias ("Trump", "Donald Trump"); every word must occur in
 *                one of the speaker's names
 * @param speakerId the speaker's store id, exactly
 * @param about a person or organisation named in the content (any of its names)
 * @param aboutId the store id of a person or organisation named in the content, exactly
 * @param from first day of the period (inclusive)
 * @param to last day of the period (inclusive); a statement is dated by its own date, else its
 *           article's publication date, and matches where that day, month or year meets the period
 * @param outlet the publisher; every word must occur in the article's outlet
 * @param articleId only statements of this article
 * @param minConfidence only statements whose confidence is at least this (those without a confidence
 *                      are then left out); null: no minimum
 * @param after the {@link SearchPage#next()} cursor of the previous page: results after it (cheap
 *              however deep the page); null to start at {@code offset}
 * @param offset results to skip (paging); must be 0 with {@code after}
 * @param limit results to return at most
 */
public record StatementQuery(
        String text,
        String speaker,
        String speakerId,
        String about,
        String aboutId,
        LocalDate from,
        LocalDate to,
        String outlet,
        String articleId,
        Double minConfidence,
        String after,
        int offset,
        int limit) {

    /** Default page size. */
    public static final int DEFAULT_LIMIT = 20;

    /** Rejects negative paging values, an offset beside a cursor and a confidence outside [0, 1]. */
    public StatementQuery {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (after != null && offset != 0) {
            throw new IllegalArgumentException("give either an offset or a cursor to continue after, not both");
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("the minimum confidence must be in [0, 1], not " + minConfidence);
        }
    }

    /** @return the query that matches every statement, first page */
    public static StatementQuery all() {
        return new StatementQuery(null, null, null, null, null, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    /**
     * @param value words or phrases in the content
     * @return this query with that text criterion
     */
    public StatementQuery withText(String value) {
        return new StatementQuery(
                value,
                speaker,
                speakerId,
                about,
                aboutId,
                from,
                to,
                outlet,
                articleId,
                minConfidence,
                after,
                offset,
                limit);
    }

    /**
     * @param value a name of the speaker
     * @return this query with that speaker name criterion
     */
    public StatementQuery withSpeaker(String value) {
        return new StatementQuery(
                text,
                value,
                speakerId,
                about,
                aboutId,
                from,
                to,
                outlet,
                articleId,
                minConfidence,
                after,
                offset,
                limit);
    }

    /**
     * @param value a speaker's store id
     * @return this query with that speaker id criterion
     */
    public StatementQuery withSpeakerId(String value) {
        return new StatementQuery(
                text, speaker, value, about, aboutId, from, to, outlet, articleId, minConfidence, after, offset, limit);
    }

    /**
     * @param value a name of someone the content mentions
     * @return this query with that criterion
     */
    public StatementQuery withAbout(String value) {
        return new StatementQuery(
                text,
                speaker,
                speakerId,
                value,
                aboutId,
                from,
                to,
                outlet,
                articleId,
                minConfidence,
                after,
                offset,
                limit);
    }

    /**
     * @param value the store id of someone the content mentions
     * @return this query with that criterion
     */
    public StatementQuery withAboutId(String value) {
        return new StatementQuery(
                text,
                speaker,
                speakerId,
                about,
                value,
                from,
                to,
                outlet,
                articleId,
                minConfidence,
                after,
                offset,
                limit);
    }

    /**
     * @param first first day, or null
     * @param last last day, or null
     * @return this query with that period
     */
    public StatementQuery withPeriod(LocalDate first, LocalDate last) {
        return new StatementQuery(
                text,
                speaker,
                speakerId,
                about,
                aboutId,
                first,
                last,
                outlet,
                articleId,
                minConfidence,
                after,
                offset,
                limit);
    }

    /**
     * @param value the publisher
     * @return this query with that outlet criterion
     */
    public StatementQuery withOutlet(String value) {
        return new StatementQuery(
                text,
                speaker,
                speakerId,
                about,
                aboutId,
                from,
                to,
                value,
                articleId,
                minConfidence,
                after,
                offset,
                limit);
    }

    /**
     * @param value an article's store id
     * @return this query restricted to that article
     */
    public StatementQuery withArticleId(String value) {
        return new StatementQuery(
                text, speaker, speakerId, about, aboutId, from, to, outlet, value, minConfidence, after, offset, limit);
    }

    /**
     * @param first results to skip
     * @param size results to return at most
     * @return this query for that page
     */
    public StatementQuery withPage(int first, int size) {
        return new StatementQuery(
                text,
                speaker,
                speakerId,
                about,
                aboutId,
                from,
                to,
                outlet,
                articleId,
                minConfidence,
                null,
                first,
                size);
    }

    /**
     * @param value the lowest confidence a statement may have, or null for no minimum
     * @return this query with that minimum
     */
    public StatementQuery withMinConfidence(Double value) {
        return new StatementQuery(
                text, speaker, speakerId, about, aboutId, from, to, outlet, articleId, value, after, offset, limit);
    }

    /**
     * @param cursor the {@link SearchPage#next()} of the previous page, or null to start at the top
     * @param size results to return at most
     * @return this query for the page after that cursor
     */
    public StatementQuery withPageAfter(String cursor, int size) {
        return new StatementQuery(
                text, speaker, speakerId, about, aboutId, from, to, outlet, articleId, minConfidence, cursor, 0, size);
    }
}
