package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Finds the article's names of people and organisations: runs of tokens the entity tagger marks as
 * such, with the honorifics before them ("Mr Flynn", "Lt. Gen. Michael Flynn"). A courtesy title
 * before a capitalised word makes a person's name even where the tagger missed it ("Mr Kelner").
 */
public final class NameMentions {

    private static final Set<String> NOT_NAME_POS = Set.of("PRP", "PRP$", "POS", "DT", "WP", "WP$", ",", ".", ":");

    /**
     * @param doc the parsed article
     * @return the name mentions, in text order
     */
    public List<NameMention> find(Parsed doc) {
        List<NameMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int i = s.first();
            while (i < s.last()) {
                Token t = doc.tokens().get(i);
                String type = typeOf(t);
                int end;
                if (type != null) {
                    end = i + 1;
                    while (end < s.last() && type.equals(typeOf(doc.tokens().get(end)))) {
                        end++;
                    }
                } else if (Honorifics.isCourtesy(t.word())
                        && i + 1 < s.last()
                        && isCapitalisedProper(doc.tokens().get(i + 1))) {
                    // "Mr Kelner" where the tagger saw no person: the courtesy title says it is one.
                    type = NameMention.PERSON;
                    end = i + 1;
                    while (end < s.last()
                            && (end == i + 1
                                    ? isCapitalisedProper(doc.tokens().get(end))
                                    : isCapitalisedProper(doc.tokens().get(end))
                                            && !"O".equals(doc.tokens().get(end).ner()))) {
                        end++;
                    }
                } else {
                    i++;
                    continue;
                }
                NameMention m = mention(doc, s, i, end, type);
                if (m != null) {
                    out.add(m);
                }
                i = end;
            }
        }
        return out;
    }

    private static NameMention mention(Parsed doc, Sentence s, int from, int to, String type) {
        int nameFirst = from;
        if (NameMention.PERSON.equals(type)) {
            // The tagger sometimes counts "Mr" or "President" into the name.
            while (nameFirst < to - 1
                    && Honorifics.isHonorific(doc.tokens().get(nameFirst).word())) {
                nameFirst++;
            }
            if (Honorifics.isHonorific(doc.tokens().get(nameFirst).word())) {
                return null;
            }
        }
        int first = nameFirst;
        while (first > s.first()
                && Honorifics.isHonorific(doc.tokens().get(first - 1).word())
                && doc.tokens().get(first - 1).pos().startsWith("NNP")
                && NameMention.PERSON.equals(type)) {
            first--;
        }
        List<String> words = new ArrayList<>();
        boolean noun = false;
        for (int k = nameFirst; k < to; k++) {
            words.add(doc.tokens().get(k).word());
            noun |= doc.tokens().get(k).isNoun();
        }
        if (!noun) {
            // "Democratic" tagged as an organisation: an adjective names no one.
            return null;
        }
        List<String> honorifics = new ArrayList<>();
        for (int k = first; k < nameFirst; k++) {
            honorifics.add(doc.tokens().get(k).word());
        }
        return new NameMention(
                first,
                nameFirst,
                to,
                doc.tokens().get(first).start(),
                doc.tokens().get(to - 1).end(),
                type,
                words,
                honorifics);
    }

    private static String typeOf(Token t) {
        if (NOT_NAME_POS.contains(t.pos())
                || !Character.isLetterOrDigit(t.word().charAt(0))) {
            return null;
        }
        if (NameMention.PERSON.equals(t.ner()) || NameMention.ORGANIZATION.equals(t.ner())) {
            return t.ner();
        }
        return null;
    }

    private static boolean isCapitalisedProper(Token t) {
        return t.pos().startsWith("NNP")
                && Character.isUpperCase(t.word().charAt(0))
                && !Honorifics.isHonorific(t.word())
                && !"DATE".equals(t.ner());
    }
}
