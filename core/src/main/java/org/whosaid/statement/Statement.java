package org.whosaid.statement;

import java.util.List;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

/**
 * One statement as it passes through the pipeline's stages: found (kind, source, cue, content, the rule
 * that found it), then given its speakers and its date. Immutable: each stage returns a changed copy.
 *
 * @param kind direct, indirect or mixed
 * @param source the mention naming the speaker in the statement's sentence, or null
 * @param cue the introducing words, or null
 * @param content what was said, one or more spans in text order
 * @param channel tweet, interview, statement, ... where the text says so, else null
 * @param sentence index of the sentence that holds the cue (or the content's start where no cue)
 * @param rule the rule that found the statement
 * @param sourceRule the rule that found its source mention, or null
 * @param continuation whether it goes on from the statement before it, whose speaker and date it takes
 * @param speakers indices of the article's entities that made it, in order of first mention; empty
 *     where unresolved
 * @param speakerRule the rule that resolved its speakers, or null
 * @param date when it was made (ISO 8601 at the text's precision), or null
 */
public record Statement(
        Kind kind,
        Span source,
        Span cue,
        List<Span> content,
        String channel,
        int sentence,
        String rule,
        String sourceRule,
        boolean continuation,
        List<Integer> speakers,
        String speakerRule,
        String date) {

    /** Copies the lists so the record stays immutable. */
    public Statement {
        content = List.copyOf(content);
        speakers = List.copyOf(speakers);
    }

    /** A statement as a finding rule makes it, without speaker or date. */
    public Statement(Kind kind, Span source, Span cue, List<Span> content, String channel, int sentence, String rule) {
        this(kind, source, cue, content, channel, sentence, rule, null, false, List.of(), null, null);
    }

    /** @return the first character of the content */
    public int start() {
        return content.get(0).start();
    }

    /** @return one past the last character of the content */
    public int end() {
        return content.get(content.size() - 1).end();
    }

    /** @return this statement with another kind, source and content (a source left out drops its rule) */
    public Statement with(Kind newKind, Span newSource, List<Span> newContent) {
        return new Statement(
                newKind,
                newSource,
                cue,
                newContent,
                channel,
                sentence,
                rule,
                newSource == null ? null : sourceRule,
                continuation,
                speakers,
                speakerRule,
                date);
    }

    /** @return this statement with other content */
    public Statement withContent(List<Span> newContent) {
        return with(kind, source, newContent);
    }

    /** @return this statement with a source mention and the rule that found it */
    public Statement withSource(Span newSource, String newSourceRule) {
        return new Statement(
                kind,
                newSource,
                cue,
                content,
                channel,
                sentence,
                rule,
                newSource == null ? null : newSourceRule,
                continuation,
                speakers,
                speakerRule,
                date);
    }

    /** @return this statement with a channel */
    public Statement withChannel(String newChannel) {
        return new Statement(
                kind,
                source,
                cue,
                content,
                newChannel,
                sentence,
                rule,
                sourceRule,
                continuation,
                speakers,
                speakerRule,
                date);
    }

    /** @return this statement, marked as going on from the one before it or not */
    public Statement withContinuation(boolean continues) {
        return new Statement(
                kind,
                source,
                cue,
                content,
                channel,
                sentence,
                rule,
                sourceRule,
                continues,
                speakers,
                speakerRule,
                date);
    }

    /** @return this statement with its speakers and the rule that resolved them */
    public Statement withSpeakers(List<Integer> newSpeakers, String newSpeakerRule) {
        return new Statement(
                kind,
                source,
                cue,
                content,
                channel,
                sentence,
                rule,
                sourceRule,
                continuation,
                newSpeakers,
                newSpeakers.isEmpty() ? null : newSpeakerRule,
                date);
    }

    /** @return this statement with its date */
    public Statement withDate(String newDate) {
        return new Statement(
                kind,
                source,
                cue,
                content,
                channel,
                sentence,
                rule,
                sourceRule,
                continuation,
                speakers,
                speakerRule,
                newDate);
    }

    /** @return the first speaker's entity index, or -1 */
    public int speaker() {
        return speakers.isEmpty() ? -1 : speakers.get(0);
    }

    /** @return the rules that made this statement: finding, source mention, speaker, joined by "+" */
    public String rules() {
        StringBuilder b = new StringBuilder(rule);
        if (sourceRule != null) {
            b.append('+').append(sourceRule);
        }
        if (speakerRule != null) {
            b.append('+').append(speakerRule);
        }
        return b.toString();
    }

    /**
     * @param other another statement
     * @return whether this statement's content holds the whole of the other, its source and cue too:
     *     "he informed the media that the Chief Minister has ordered ...", "began taking calls from
     *     listeners who said ..."
     */
    public boolean holds(Statement other) {
        return other != this
                && other.cue() != null
                && inContent(other.cue())
                && (other.source() == null || inContent(other.source()))
                && other.content().stream().allMatch(this::inContent);
    }

    private boolean inContent(Span x) {
        return content.stream().anyMatch(c -> c.contains(x));
    }

    /**
     * @param other another statement
     * @return whether the two share content, or the content of one holds the other's cue
     */
    public boolean clashes(Statement other) {
        for (Span x : content) {
            for (Span y : other.content()) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
            if (other.cue() != null && x.overlaps(other.cue())) {
                return true;
            }
        }
        for (Span y : other.content()) {
            if (cue != null && y.overlaps(cue)) {
                return true;
            }
        }
        return false;
    }
}
