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
 * @param speakerName the speaker's name as the article gives it, or null
 * @param kind direct, indirect or mixed
 * @param source the mention that names the speaker, or null
 * @param cue the words that introduce the statement, or null
 * @param content what was said, one or more spans
 * @param date when the statement was made (ISO 8601 at the text's precision), or null
 * @param channel tweet, interview, ... where the text says so, else null
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
        Kind kind,
        Span source,
        Span cue,
        List<Span> content,
        String date,
        String channel,
        String effectiveDate,
        List<EntityRef> about,
        String articleTitle,
        String outlet,
        String url,
        String published) {

    /** Copies the lists so the record stays immutable. */
    public StatementHit {
        content = List.copyOf(content);
        about = List.copyOf(about);
    }

    /** @return the content spans' texts joined with " ... " */
    public String contentText() {
        return String.join(" ... ", content.stream().map(Span::text).toList());
    }
}
