package org.whosaid.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One statement of an article: who said it (source and resolved speaker), how (cue), what (content),
 * and when.
 *
 * @param id identifier within the article ({@code a1}, {@code a2}, ...)
 * @param kind direct, indirect or mixed
 * @param source the mention in the statement's sentence that names the speaker, or null
 * @param cue the words that introduce the statement (said, told, according to), or null
 * @param content one or more spans of what was said, in text order
 * @param speaker the id of the entity the statement is resolved to, or null
 * @param speakerName that entity's name, or null
 * @param date when the statement was made (ISO 8601 at the text's precision), or null
 * @param channel tweet, interview, statement, ... where the text says so, else null
 */
public record Attribution(
        String id,
        Kind kind,
        Span source,
        Span cue,
        List<Span> content,
        String speaker,
        String speakerName,
        String date,
        @JsonInclude(JsonInclude.Include.NON_NULL) String channel) {

    /** Copies the content list so the record stays immutable. */
    public Attribution {
        content = List.copyOf(content);
    }

    /** @return every span of this statement: source, cue and content, those that are present */
    public List<Span> spans() {
        java.util.ArrayList<Span> all = new java.util.ArrayList<>(content);
        if (source != null) {
            all.add(source);
        }
        if (cue != null) {
            all.add(cue);
        }
        return all;
    }
}
