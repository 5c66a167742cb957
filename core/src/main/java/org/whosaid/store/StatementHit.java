package org.whosaid.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

/**
 * One stored statement as found by a search, with its article's metadata. Spans are offsets into
 * the article's text (see {@link Store#article(String)}).
 *
 * @param articleId the article's store id
 * @param statementId the statement's id within the article ({@code a1}, ...)
 * @param score relevance for text searches (higher is better); 0 where the search had no text
 * @param speakerId the speaker's store id, or null where the article never names the speaker
 * @param speakerName the speaker's name as the article gives it (every speaker's, joined with " and ",
 *                    for a joint statement), or null
 * @param speakers every speaker of the statement (two or more for a joint statement), each with its
 *                 store id; empty where the article never names the speaker
 * @param kind direct, indirect or mixed
 * @param source the mention that names the speaker, or null
 * @param cue the words that introduce the statement, or null
 * @param content what was said, one or more spans
 * @param date when the statement was made (ISO 8601 at the text's precision), or null
 * @param channel tweet, interview, ... where the text says so, else null
 * @param confidence how likely the statement is right, in [0, 1], or null where not estimated
 * @param effectiveDate the statement's date, else the article's publication date, else null
 * @param about the people and organisations named in the content
 * @param articleTitle the article's headline, or null
 * @param outlet the article's publisher, or null
 * @param url the article's address, or null
 * @param published the article's publication date (ISO 8601), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementHit(
        String articleId,
        String statementId,
        float score,
        String speakerId,
        String speakerName,
        List<EntityRef> speakers,
        Kind kind,
        Span source,
        Span cue,
        List<Span> content,
        String date,
        String channel,
        Double confidence,
        String effectiveDate,
        List<EntityRef> about,
        String articleTitle,
        String outlet,
        String url,
        String published) {

    /** Copies the lists so the record stays immutable; records stored without speakers have none. */
    public StatementHit {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        content = List.copyOf(content);
        about = List.copyOf(about);
    }

    /** @return the content spans' texts joined with " ... " */
    public String contentText() {
        return String.join(" ... ", content.stream().map(Span::text).toList());
    }

    /**
     * @param value a relevance score
     * @return this hit with that score
     */
    public StatementHit withScore(float value) {
        return new StatementHit(
                articleId,
                statementId,
                value,
                speakerId,
                speakerName,
                speakers,
                kind,
                source,
                cue,
                content,
                date,
                channel,
                confidence,
                effectiveDate,
                about,
                articleTitle,
                outlet,
                url,
                published);
    }
}
