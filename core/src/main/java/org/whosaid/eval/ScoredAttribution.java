package org.whosaid.eval;

/**
 * One statement as the scorer compares it, gold or predicted: its normalised role spans, the tokens
 * of its content and source, and whether it is a direct quote.
 *
 * @param cue the cue, or {@link Extent#NONE}
 * @param source the source, or {@link Extent#NONE}
 * @param content the content, or {@link Extent#NONE}
 * @param contentTokens the content's tokens
 * @param sourceTokens the source's tokens
 * @param directQuote whether the content text holds a quotation mark ({@code "}, {@code “} or {@code ”})
 */
public record ScoredAttribution(
        Extent cue, Extent source, Extent content, TokenSet contentTokens, TokenSet sourceTokens, boolean directQuote) {

    /**
     * @param article the article
     * @param cue the normalised cue
     * @param source the normalised source
     * @param content the normalised content
     * @return the statement with its tokens and quote flag
     */
    public static ScoredAttribution of(ScoredArticle article, Extent cue, Extent source, Extent content) {
        String text = content.text(article.text());
        boolean dq = text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0;
        return new ScoredAttribution(
                cue,
                source,
                content,
                article.tokens().tokens(content),
                article.tokens().tokens(source),
                dq);
    }

    /**
     * @param role a role
     * @return this statement's span in that role
     */
    public Extent extent(Role role) {
        return switch (role) {
            case CUE -> cue;
            case SOURCE -> source;
            case CONTENT -> content;
        };
    }
}
