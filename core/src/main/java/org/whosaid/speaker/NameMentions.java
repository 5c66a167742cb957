package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Finds the article's names of people and organisations: runs of tokens the entity tagger marks as
 * such, with the honorifics before them ("Mr Flynn", "Lt. Gen. Michael Flynn", "Sir Keir Starmer").
 * A name runs on over a hyphen ("Karine Jean-Pierre"), a particle ("Bill de Blasio", "Osama bin
 * Laden") and a plural possessive ("Ontario Nurses' Association"). Further names:
 *
 * <ul>
 *   <li>a courtesy title before a capitalised word makes a person's name even where the tagger missed
 *       it ("Mr Kelner"), also where the name is a word that could be an office ("Mr. King");
 *   <li>a capitalised word that is the surname of a person named in full is that person where the
 *       tagger missed it ("Tester said" after "Jon Tester");
 *   <li>a place that acts, as the subject of a verb ("Mexico insisted"), is named as an organisation,
 *       in every place the article names it;
 *   <li>proper nouns that publish a document ("a USA TODAY analysis") or name one ("the American
 *       Community Survey") are an organisation even where the tagger missed them: a document speaks
 *       for its publisher, and a named survey or poll for itself.
 * </ul>
 *
 * In a line written in title case (a headline) the tagger's boundaries are unreliable: there a name
 * counts only as far as it repeats a name of the body ("Elizabeth Warren" in "Elizabeth Warren Hammers
 * Wells Fargo Chief").
 */
public final class NameMentions {

    private static final Set<String> NOT_NAME_POS = Set.of("PRP", "PRP$", "POS", "DT", "WP", "WP$", ",", ".", ":");
    private static final Set<String> PARTICLES = new HashSet<>(WordLists.words("name-particles.txt"));
    private static final String LOCATION = "LOCATION";
    private static final Set<String> TEAMS = new HashSet<>(WordLists.words("teams.txt"));
    /** Entity types the tagger gives words of a name it does not know ("Daily", "Zero"). */
    private static final Set<String> NOT_NAMES = Set.of("O", "SET", "DATE", "DURATION", "NUMBER");

    /**
     * @param doc the parsed article
     * @return the name mentions, in text order
     */
    public List<NameMention> find(Parsed doc) {
        boolean[] titleCase = Headlines.titleCase(doc);
        List<NameMention> body = new ArrayList<>();
        List<NameMention> headline = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int i = s.first();
            while (i < s.last()) {
                Token t = doc.tokens().get(i);
                String type = typeOf(t);
                int end;
                if (type != null) {
                    end = runEnd(doc, s, i, type);
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
                    if (LOCATION.equals(t.ner()) && isNameWord(t)) {
                        end = runEnd(doc, s, i, LOCATION);
                        places.add(new int[] {i, end});
                        i = end;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (i == s.first() && end - i >= 2 && NameMention.PERSON.equals(type) && usedAsVerb(doc, t.word())) {
                    // "Said Ellis: ..." opens with the verb, which the tagger took for a first name.
                    i++;
                }
                int person = NameMention.ORGANIZATION.equals(type) ? personAfterOffice(doc, i, end) : -1;
                NameMention m =
                        person > 0 ? mention(doc, s, person, end, NameMention.PERSON) : mention(doc, s, i, end, type);
                if (m != null) {
                    (titleCase[s.index()] ? headline : body).add(m);
                }
                i = end;
            }
        }
        addActingPlaces(doc, places, titleCase, body);
        addDocumentNames(doc, titleCase, body);
        body.replaceAll(m -> teamOf(doc, m));
        addInstitutions(doc, titleCase, body);
        List<NameMention> out = new ArrayList<>(body);
        for (NameMention m : headline) {
            out.addAll(fitted(doc, m, body));
        }
        out.addAll(missedSurnames(doc, out, body));
        out.addAll(missedAcronyms(doc, out, body));
        out.addAll(missedSubjects(doc, out, titleCase));
        out.removeAll(quotedFirstNames(doc, out));
        out.sort(Comparator.comparingInt(NameMention::first));
        return out;
    }

    /**
     * Where the tagger ran an office and the person holding it into one organisation ("Booker Chair of
     * Judges Esi Edugyan", "Federal Reserve Chair Jerome Powell"): the first token of the person's
     * name, two or more proper nouns after the office title and its "of X"; else -1. The words before
     * are the title the article gives the person.
     */
    private static int personAfterOffice(Parsed doc, int from, int to) {
        for (int k = from; k < to - 2; k++) {
            if (!Honorifics.isOffice(doc.tokens().get(k).word())) {
                continue;
            }
            int name = k + 1;
            if (doc.tokens().get(name).word().equals("of")) {
                name += 2;
            }
            boolean proper = to - name >= 2;
            for (int j = name; j < to && proper; j++) {
                Token t = doc.tokens().get(j);
                proper = t.pos().equals("NNP") && !Honorifics.isHonorific(t.word());
            }
            return proper ? name : -1;
        }
        return -1;
    }

    /** One past the last token of a name that starts at {@code from} with the given type. */
    private static int runEnd(Parsed doc, Sentence s, int from, String type) {
        int end = from + 1;
        while (end < s.last()) {
            Token t = doc.tokens().get(end);
            if (lineBreakBefore(doc, end)) {
                // A name never runs over the end of a line ("... Over Zika Virus" / "Chris Christie said").
                break;
            }
            if (t.word().equals("/")) {
                // "New York Times/CBS News", "Reuters/Ipsos": two names, partners in a poll or a deal.
                break;
            }
            if (type.equals(typeOf(t)) || (LOCATION.equals(type) && LOCATION.equals(t.ner()) && isNameWord(t))) {
                end++;
            } else if (end + 1 < s.last() && joins(doc, end, type)) {
                end += 2;
            } else if (NameMention.PERSON.equals(type) && isSuffix(t)) {
                end++; // "Joseph R. Biden Jr.", "Vann R. Newkirk II"
                break;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isSuffix(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && isSuffix(t.word());
    }

    /**
     * @param word a word of a name, any case, with or without a full stop
     * @return whether it is a suffix that follows a person's name: Jr., Sr., II, III, IV
     */
    static boolean isSuffix(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replace(".", "")) {
            case "jr", "sr", "ii", "iii", "iv" -> true;
            default -> false;
        };
    }

    private static boolean lineBreakBefore(Parsed doc, int k) {
        int nl = doc.text().indexOf('\n', doc.tokens().get(k - 1).end());
        return nl >= 0 && nl < doc.tokens().get(k).start();
    }

    /** A hyphen, particle or plural possessive at {@code k} that joins the name before it to the word after. */
    private static boolean joins(Parsed doc, int k, String type) {
        Token t = doc.tokens().get(k);
        Token prev = doc.tokens().get(k - 1);
        Token next = doc.tokens().get(k + 1);
        boolean nextInName = type.equals(next.ner()) && isNameWord(next);
        if (t.pos().equals("HYPH") && prev.end() == t.start() && t.end() == next.start()) {
            // "Jean-Pierre", "France-Élaine": the tagger may leave the part after the hyphen out.
            return nextInName
                    || (Character.isUpperCase(next.word().charAt(0))
                            && next.pos().startsWith("NNP"));
        }
        if (NameMention.PERSON.equals(type) && PARTICLES.contains(t.word()) && nextInName) {
            return true;
        }
        if (NameMention.ORGANIZATION.equals(type) && t.pos().equals("DT") && type.equals(t.ner()) && nextInName) {
            return true; // "Committee for a Responsible Federal Budget"
        }
        // "Ontario Nurses' Association": a bare apostrophe the tagger counts into the name.
        return !NameMention.PERSON.equals(type)
                && type.equals(t.ner())
                && prev.end() == t.start()
                && (t.word().equals("'") || t.word().equals("\u2019"))
                && nextInName;
    }

    private static NameMention mention(Parsed doc, Sentence s, int from, int to, String type) {
        int nameFirst = from;
        if (NameMention.PERSON.equals(type)) {
            // The tagger sometimes counts "Mr" or "President" into the name.
            while (nameFirst < to - 1
                    && Honorifics.isHonorific(doc.tokens().get(nameFirst).word())) {
                nameFirst++;
            }
        }
        int first = nameFirst;
        while (first > s.first()
                && Honorifics.isHonorific(doc.tokens().get(first - 1).word())
                && doc.tokens().get(first - 1).pos().startsWith("NNP")
                && NameMention.PERSON.equals(type)) {
            first--;
        }
        if (NameMention.PERSON.equals(type)
                && nameFirst == to - 1
                && Honorifics.isHonorific(doc.tokens().get(nameFirst).word())) {
            // "President" alone is no name; "Mr. King" is: a courtesy title says the word is a name.
            boolean courtesy = false;
            for (int k = first; k < nameFirst; k++) {
                courtesy |= Honorifics.isCourtesy(doc.tokens().get(k).word());
            }
            if (!courtesy) {
                return null;
            }
        }
        List<String> words = words(doc, nameFirst, to);
        boolean noun = false;
        for (int k = nameFirst; k < to; k++) {
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
                NameMention.PERSON.equals(type) ? type : NameMention.ORGANIZATION,
                words,
                honorifics,
                LOCATION.equals(type));
    }

    /** @return whether the article uses the word, in lower case, as a verb */
    private static boolean usedAsVerb(Parsed doc, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Token t : doc.tokens()) {
            if (t.isVerb() && t.word().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Crown", "the Opposition": a capitalised noun after "the" that the entity tagger left out and
     * that is no role ("the President") names an institution, as the article's house style writes it.
     */
    private static void addInstitutions(Parsed doc, boolean[] titleCase, List<NameMention> body) {
        boolean[] taken = covered(doc, body);
        for (Sentence s : doc.sentences()) {
            if (titleCase[s.index()]) {
                continue;
            }
            for (int k = s.first() + 1; k < s.last(); k++) {
                Token t = doc.tokens().get(k);
                Token before = doc.tokens().get(k - 1);
                if (taken[k]
                        || !t.pos().equals("NNP")
                        || !"O".equals(t.ner())
                        || !Character.isUpperCase(t.word().charAt(0))
                        || isAcronym(t.word())
                        || !before.lemma().equalsIgnoreCase("the")
                        || isProperAt(doc, k + 1)
                        || RoleNouns.isRole(t.lemma())
                        || Honorifics.isHonorific(t.word())) {
                    continue;
                }
                NameMention m = mention(doc, s, k, k + 1, NameMention.ORGANIZATION);
                if (m != null) {
                    body.add(m);
                }
            }
        }
    }

    /**
     * A person's name in compound with a noun for the people who work for them ("the Clinton campaign",
     * "the Obama administration") names that body, an organisation, not the person.
     */
    private static NameMention teamOf(Parsed doc, NameMention m) {
        int noun = m.last();
        if (!m.isPerson() || noun >= doc.tokens().size()) {
            return m;
        }
        Token t = doc.tokens().get(noun);
        Token head = doc.tokens().get(m.head());
        if (!t.isNoun()
                || t.sentence() != head.sentence()
                || !TEAMS.contains(t.lemma().toLowerCase(Locale.ROOT))
                || !head.relation().startsWith(Relations.COMPOUND)
                || head.head() != noun) {
            return m;
        }
        NameMention team = mention(doc, doc.sentenceOf(noun), m.nameFirst(), noun + 1, NameMention.ORGANIZATION);
        return team == null ? m : team;
    }

    /** The words of a name: tokens written together ("Jean", "-", "Pierre") make one word. */
    private static List<String> words(Parsed doc, int from, int to) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = doc.tokens().get(k);
            if (k > from && doc.tokens().get(k - 1).end() < t.start()) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(t.word());
        }
        words.add(word.toString());
        return words;
    }

    /**
     * Places that act as subjects of a verb ("Mexico insisted", "the United States agreed") speak as
     * organisations: every mention of such a place becomes one.
     */
    private static void addActingPlaces(Parsed doc, List<int[]> places, boolean[] titleCase, List<NameMention> body) {
        Set<String> acting = new HashSet<>();
        for (int[] p : places) {
            Token head = doc.tokens().get(p[1] - 1);
            // "Peru and Chile argued": the second of coordinated subjects acts too.
            for (int steps = 0; head.relation().equals("conj") && head.head() >= 0 && steps < 8; steps++) {
                head = doc.tokens().get(head.head());
            }
            if (head.relation().equals("nsubj") && head.head() >= 0) {
                Token verb = doc.tokens().get(head.head());
                if (verb.isVerb() && !verb.lemma().equals("be")) {
                    acting.add(key(words(doc, p[0], p[1])));
                }
            }
        }
        for (int[] p : places) {
            Sentence s = doc.sentenceOf(p[0]);
            if (!titleCase[s.index()] && acting.contains(key(words(doc, p[0], p[1])))) {
                NameMention m = mention(doc, s, p[0], p[1], LOCATION);
                if (m != null) {
                    body.add(m);
                }
            }
        }
    }

    /**
     * Names the tagger missed beside a document noun: capitalised proper nouns in compound before it
     * ("a USA TODAY analysis"), with the noun itself where it is part of the name ("the American
     * Community Survey"). A single word counts only written in capitals, as an acronym is, so that "a
     * Senate bill" or "the Republican platform" makes no name the tagger did not see.
     */
    private static void addDocumentNames(Parsed doc, boolean[] titleCase, List<NameMention> body) {
        boolean[] taken = covered(doc, body);
        for (Sentence s : doc.sentences()) {
            if (titleCase[s.index()]) {
                continue;
            }
            for (int k = s.first(); k < s.last(); k++) {
                Token t = doc.tokens().get(k);
                if (!t.isNoun()
                        || taken[k]
                        || !DocumentSources.isDocumentNoun(t.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int from = k;
                while (from > s.first()
                        && !taken[from - 1]
                        && isPublisherWord(doc.tokens().get(from - 1), k)) {
                    from--;
                }
                if (from == k) {
                    continue;
                }
                // The document's own name takes its noun ("Community Survey"); a publisher's does not.
                int to = isCapitalisedProper(t) ? k + 1 : k;
                boolean acronym =
                        to - from == 1 && isAcronym(doc.tokens().get(from).word());
                if (to - from < 2 && !acronym) {
                    continue;
                }
                NameMention m = mention(doc, s, from, to, NameMention.ORGANIZATION);
                if (m != null) {
                    body.add(m);
                    for (int j = from; j < to; j++) {
                        taken[j] = true;
                    }
                }
            }
        }
    }

    /**
     * A word of a name in compound with the document noun at {@code noun}: a capitalised proper noun that
     * is no date or people, or a word in capitals, which the tagger may read as a date or a common noun
     * ("USA TODAY").
     */
    private static boolean isPublisherWord(Token t, int noun) {
        boolean nameWord =
                isCapitalisedProper(t) && ("O".equals(t.ner()) || LOCATION.equals(t.ner()) || "MISC".equals(t.ner()))
                        || isAcronym(t.word());
        return nameWord && t.relation().startsWith("compound") && t.head() >= t.index() && t.head() <= noun;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2
                && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&');
    }

    /**
     * The parts of a headline's name that repeat a name of the body, as mentions of their own: "Chris
     * Christie Calls Hillary Clinton" gives "Chris Christie" and "Hillary Clinton"; a lone surname of
     * the body counts ("Pence" for Mike Pence).
     */
    private static List<NameMention> fitted(Parsed doc, NameMention m, List<NameMention> body) {
        Map<String, String> known = new HashMap<>();
        for (NameMention b : body) {
            known.putIfAbsent(key(b.words()), b.type());
            if (b.isPerson() && b.words().size() >= 2) {
                known.putIfAbsent(key(List.of(b.words().get(b.words().size() - 1))), b.type());
            }
        }
        // The name's tokens, grouped into its words.
        List<int[]> units = new ArrayList<>();
        for (int k = m.nameFirst(); k < m.last(); k++) {
            if (k > m.nameFirst()
                    && doc.tokens().get(k - 1).end() == doc.tokens().get(k).start()) {
                units.get(units.size() - 1)[1] = k + 1;
            } else {
                units.add(new int[] {k, k + 1});
            }
        }
        List<NameMention> out = new ArrayList<>();
        Sentence s = doc.sentenceOf(m.first());
        int i = 0;
        int done = 0;
        while (i < units.size()) {
            int best = -1;
            String type = null;
            for (int j = units.size(); j > i && best < 0; j--) {
                String t = known.get(key(words(doc, units.get(i)[0], units.get(j - 1)[1])));
                if (t != null) {
                    best = j;
                    type = t;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            // "Lindsey Graham" in the headline where the body says only "Graham": first names before a
            // known surname belong to it.
            int from = i;
            while (best == i + 1
                    && from > done
                    && FirstNames.isKnown(
                            doc.tokens().get(units.get(from - 1)[0]).word())) {
                from--;
            }
            if (from < i) {
                type = NameMention.PERSON;
                i = from;
            }
            NameMention part = i == 0 && best == units.size() && type.equals(m.type())
                    ? m
                    : mention(doc, s, units.get(i)[0], units.get(best - 1)[1], type);
            if (part != null) {
                out.add(part);
            }
            i = best;
            done = best;
        }
        return out;
    }

    /**
     * A first name alone inside a quotation, of a person the article names in full ("That's right,
     * Donald"): a form of address, not a name of its own for the person.
     */
    private static List<NameMention> quotedFirstNames(Parsed doc, List<NameMention> found) {
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        for (NameMention m : found) {
            if (m.isPerson() && m.words().size() >= 2) {
                first.add(m.words().get(0).toLowerCase(Locale.ROOT));
                last.add(m.words().get(m.words().size() - 1).toLowerCase(Locale.ROOT));
            }
        }
        boolean[] quoted = Quotations.inside(doc);
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : found) {
            String w = m.words().get(0).toLowerCase(Locale.ROOT);
            if (m.isPerson()
                    && m.words().size() == 1
                    && m.honorifics().isEmpty()
                    && quoted[m.head()]
                    && first.contains(w)
                    && !last.contains(w)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Capitalised words the tagger missed that are the surname of a person the article names in full. */
    private static List<NameMention> missedSurnames(Parsed doc, List<NameMention> found, List<NameMention> body) {
        Set<String> surnames = new HashSet<>();
        for (NameMention b : body) {
            if (b.isPerson() && b.words().size() >= 2) {
                surnames.add(b.words().get(b.words().size() - 1).toLowerCase(Locale.ROOT));
            }
        }
        boolean[] covered = covered(doc, found);
        List<NameMention> out = new ArrayList<>();
        for (Token t : doc.tokens()) {
            // A transcript's turns shout the surname ("PENCE: Well, ..."), which the tagger takes for a common noun.
            boolean shouted = t.word().length() > 2 && t.word().chars().allMatch(Character::isUpperCase);
            if (covered[t.index()]
                    || !(t.pos().equals("NNP") || shouted && t.isNoun())
                    || !(t.ner().equals("O") || t.isPerson())
                    || !Character.isUpperCase(t.word().charAt(0))
                    || !surnames.contains(t.word().toLowerCase(Locale.ROOT))
                    || isProperAt(doc, t.index() + 1)
                    || (isProperAt(doc, t.index() - 1)
                            && !Honorifics.isHonorific(
                                    doc.tokens().get(t.index() - 1).word()))) {
                continue;
            }
            NameMention m = mention(doc, doc.sentenceOf(t.index()), t.index(), t.index() + 1, NameMention.PERSON);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * An organisation's one-word name in capitals ("RT", "NATO") where the tagger missed it: the same
     * word the article names the organisation with elsewhere.
     */
    private static List<NameMention> missedAcronyms(Parsed doc, List<NameMention> found, List<NameMention> body) {
        Set<String> acronyms = new HashSet<>();
        for (NameMention b : body) {
            if (!b.isPerson() && b.words().size() == 1 && isAcronym(b.words().get(0))) {
                acronyms.add(b.words().get(0));
            }
        }
        boolean[] covered = covered(doc, found);
        List<NameMention> out = new ArrayList<>();
        for (Token t : doc.tokens()) {
            if (covered[t.index()]
                    || !acronyms.contains(t.word())
                    || isProperAt(doc, t.index() + 1)
                    || isProperAt(doc, t.index() - 1)) {
                continue;
            }
            NameMention m = mention(doc, doc.sentenceOf(t.index()), t.index(), t.index() + 1, NameMention.ORGANIZATION);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A proper noun the entity tagger did not know, as the subject of a verb ("PolitiFact ruled", "The
     * Daily Beast called them", "Zero Hedge asked"): a name where the article writes it with a capital
     * where no sentence starts. A person where it opens with a known first name, else an organisation.
     */
    private static List<NameMention> missedSubjects(Parsed doc, List<NameMention> found, boolean[] titleCase) {
        boolean[] covered = covered(doc, found);
        Set<String> midSentence = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (int k = s.first() + 1; k < s.last() && !titleCase[s.index()]; k++) {
                if (isProperAt(doc, k)) {
                    midSentence.add(doc.tokens().get(k).word());
                }
            }
        }
        List<NameMention> out = new ArrayList<>();
        for (Token t : doc.tokens()) {
            if (!t.relation().equals("nsubj")
                    || t.head() < 0
                    || !doc.tokens().get(t.head()).isVerb()
                    || !unknownProper(doc, t.index(), covered, false)
                    || titleCase[t.sentence()]) {
                continue;
            }
            Sentence s = doc.sentenceOf(t.index());
            int from = t.index();
            while (from - 1 >= s.first() && unknownProper(doc, from - 1, covered, true)) {
                from--;
            }
            if (!bare(doc, t.index(), from)) {
                continue;
            }
            boolean named = true;
            for (int k = from; k <= t.index() && named; k++) {
                named = midSentence.contains(doc.tokens().get(k).word());
            }
            if (!named) {
                continue;
            }
            String type = t.index() > from
                            && FirstNames.isKnown(doc.tokens().get(from).word())
                    ? NameMention.PERSON
                    : NameMention.ORGANIZATION;
            NameMention m = mention(doc, s, from, t.index() + 1, type);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A singular proper noun, capitalised, that no name covers and the entity tagger left untyped; before
     * the head also one it took for a number or a time ("Zero Hedge", "The Daily Beast").
     */
    private static boolean unknownProper(Parsed doc, int k, boolean[] covered, boolean beforeHead) {
        Token t = doc.tokens().get(k);
        return !covered[k]
                && t.pos().equals("NNP")
                && ("O".equals(t.ner()) || beforeHead && NOT_NAMES.contains(t.ner()))
                && t.word().length() > 1
                && !t.word().endsWith(".")
                && Character.isUpperCase(t.word().charAt(0))
                && !Honorifics.isHonorific(t.word());
    }

    /**
     * Whether the name stands alone as its phrase: "the top Democrat", "Member of House panel" or "The
     * U.S. House of Representatives" describe or qualify; "The Daily Beast, a news site," does not.
     */
    private static boolean bare(Parsed doc, int head, int from) {
        for (Token c : doc.children(head)) {
            if (c.index() >= from && c.index() < head) {
                continue;
            }
            String r = c.relation();
            boolean the = r.equals("det") && c.word().equalsIgnoreCase("the") && head > from;
            if (!(the || r.equals("punct") || r.equals("appos") || r.startsWith("acl"))) {
                return false;
            }
        }
        return true;
    }

    /** @return for each token, whether one of the mentions covers it */
    private static boolean[] covered(Parsed doc, List<NameMention> mentions) {
        boolean[] covered = new boolean[doc.tokens().size()];
        for (NameMention m : mentions) {
            for (int k = m.first(); k < m.last(); k++) {
                covered[k] = true;
            }
        }
        return covered;
    }

    /** Whether the token at {@code k}, in the same sentence, is a capitalised proper noun. */
    private static boolean isProperAt(Parsed doc, int k) {
        return k >= 0
                && k < doc.tokens().size()
                && doc.tokens().get(k).pos().startsWith("NNP")
                && Character.isUpperCase(doc.tokens().get(k).word().charAt(0));
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    private static boolean isNameWord(Token t) {
        return !NOT_NAME_POS.contains(t.pos())
                && Character.isLetterOrDigit(t.word().charAt(0));
    }

    private static String typeOf(Token t) {
        if (!isNameWord(t)) {
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
