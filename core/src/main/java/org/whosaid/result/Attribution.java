package org.whosaid.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement of an article: who said it (source and resolved speakers), how (cue), what (content),
 * when, and which rules found it.
 *
 * @param id identifier within the article ({@code a1}, {@code a2}, ...)
 * @param kind direct, indirect or mixed
 * @param source the mention in the statement's sentence that names the speaker, or null
 * @param cue the words that introduce the statement (said, told, according to), or null
 * @param content one or more spans of what was said, in text order
 * @param speaker the id of the entity the statement is resolved to (the first, for a joint statement),
 *     or null
 * @param speakers the ids of every entity that made the statement, in order of first mention; empty
 *     where none is resolved
 * @param speakerName the speakers' names joined with " and ", or null
 * @param date when the statement was made (ISO 8601 at the text's precision), or null
 * @param channel tweet, interview, statement, ... where the text says so, else null
 * @param rule the rule that found the statement, and after a "+" the rule that resolved its speaker
 * @param confidence how likely the statement is right (found, and attributed to the right source), in
 *     [0, 1], or null where not estimated
 */
public record Attribution(
        String id,
        Kind kind,
        Span source,
        Span cue,
        List<Span> content,
        String speaker,
        List<String> speakers,
        String speakerName,
        String date,
        @JsonInclude(JsonInclude.Include.NON_NULL) String channel,
        String rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence) {

    /** Copies the lists so the record stays immutable; a lone speaker is the list of speakers. */
    public Attribution {
        content = List.copyOf(content);
        if (speakers == null || speakers.isEmpty()) {
            speakers = speaker == null ? List.of() : List.of(speaker);
        } else {
            speakers = List.copyOf(speakers);
        }
    }

    /** @return every span of this statement: source, cue and content, those that are present */
    public List<Span> spans() {
        List<Span> all = new ArrayList<>(content);
        if (source != null) {
            all.add(source);
        }
        if (cue != null) {
            all.add(cue);
        }
        return all;
    }

    /**
     * @param value a confidence in [0, 1]
     * @return this statement with that confidence
     */
    public Attribution withConfidence(double value) {
        return new Attribution(
                id, kind, source, cue, content, speaker, speakers, speakerName, date, channel, rule, value);
    }
}
