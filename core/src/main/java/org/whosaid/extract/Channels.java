package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Names the channel of a statement where the text says it: {@code tweet} for a cue "tweet(ed)" or
 * "in a tweet", {@code interview} for "in an interview", {@code statement} for "in a statement". Only
 * words of the statement's sentence outside its content count.
 */
public final class Channels {

    private static final Pattern TWEET_CUE = Pattern.compile("tweet(s|ed|ing)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile(
            "\\b(?:in|on|during|via|through|from)\\s+(?:a|an|the|his|her|their|its|one|another|\\w+'s|\\w+\u2019s)"
                    + "(?:\\s+[\\w-]+){0,2}?\\s+(tweets?|interviews?|statements?|twitter)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param doc the parsed article
     * @param statements its statements
     * @return the statements, each with its channel where the text names one
     */
    public List<Statement> apply(Parsed doc, List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            String channel = s.channel() != null ? s.channel() : channel(doc, s);
            out.add(s.withChannel(channel));
        }
        return out;
    }

    private static String channel(Parsed doc, Statement s) {
        if (s.cue() != null && TWEET_CUE.matcher(s.cue().text()).matches()) {
            return "tweet";
        }
        if (s.cue() == null) {
            return null;
        }
        Sentence sentence = doc.sentences().get(s.sentence());
        Matcher m = MENTION.matcher(doc.text());
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
            if (inside(s.content(), m.start())) {
                continue;
            }
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (word.startsWith("tweet") || word.equals("twitter")) {
                return "tweet";
            }
            return word.startsWith("interview") ? "interview" : "statement";
        }
        return null;
    }

    private static boolean inside(List<Span> content, int offset) {
        for (Span c : content) {
            if (c.start() <= offset && offset < c.end()) {
                return true;
            }
        }
        return false;
    }
}
