package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Finds the titles the article gives people: offices, jobs, ranks, party roles and descriptive
 * appositions, with the organisation where the article gives it.
 *
 * <ul>
 *   <li>words before a name: "former US national security adviser Michael Flynn", "White House
 *       spokesman Sean Spicer", "Clinton communication director Jennifer Palmieri"; an office
 *       honorific is a title of its own, spelled out ("Republican vice-presidential nominee Gov. Mike
 *       Pence" gives "Republican vice-presidential nominee" and "Governor"; "Massachusetts Sen.
 *       Elizabeth Warren" gives "Massachusetts Senator");
 *   <li>appositions on either side, also past a party tag or an age ("Rep. G.K. Butterfield (D-N.C.),
 *       head of the Congressional Black Caucus"; "The top Democrat on ..., Adam Schiff"; "Now the
 *       highest-ranking prosecutor in the United States, Lynch");
 *   <li>what a relative clause or a copula makes of a named person ("Derek Mitchell, who served as U.S.
 *       ambassador to Burma"; "Lynch was a partner at Hogan & Hartson");
 *   <li>a plural honorific before coordinated names belongs to each ("Sens. Jon Tester and David
 *       Vitter").
 * </ul>
 *
 * A title's head must be a noun for what a person is ({@link RoleNouns}): never "remarks",
 * "returns" or "last week", nor a relation to someone else ("his wife", "her rival"). Nothing in a
 * title-case headline is a title. A possessor is not part of a title: "Mr Flynn's attorney Robert
 * Kelner" gives Kelner the title "attorney", held for Flynn.
 */
public final class Titles {

    private static final Set<String> PREMODIFIER_POS =
            Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBN", "HYPH");
    /** Verbs that give a role in a relative clause: "who is", "who served as", "who became". */
    private static final Set<String> ROLE_VERBS = Set.of("be", "serve", "become", "remain", "work");

    /**
     * @param doc the parsed article
     * @param clusters its name mentions and entities
     * @return the titles of named people, in text order of their names
     */
    public List<Title> find(Parsed doc, Clusters clusters) {
        List<Title> out = new ArrayList<>();
        boolean[] headline = Headlines.titleCase(doc);
        List<NameMention> mentions = clusters.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            if (headline[doc.tokens().get(m.first()).sentence()]) {
                continue;
            }
            if (!m.isPerson()) {
                Title kind = organisationKind(doc, clusters, i);
                if (kind != null) {
                    out.add(kind);
                }
                continue;
            }
            out.addAll(before(doc, clusters, i));
            out.addAll(appositions(doc, clusters, i));
            Title said = predicate(doc, clusters, i);
            if (said != null) {
                out.add(said);
            }
            Title shared = sharedHonorific(doc, clusters, i);
            if (shared != null) {
                out.add(shared);
            }
        }
        return out;
    }

    /**
     * What kind of organisation the words before its name say it is: "sector regulator Infocomm Media
     * Development Authority", "the super PAC Future45".
     */
    private static Title organisationKind(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        int start = doc.sentenceOf(m.first()).first();
        int from = m.first();
        for (int k = m.first() - 1; k >= start; k--) {
            Token t = doc.tokens().get(k);
            if (!(t.pos().startsWith("NN")
                            || t.pos().startsWith("JJ")
                            || t.pos().equals("HYPH"))
                    || !"O".equals(t.ner())
                    || isClauseVerb(doc, t)) {
                break;
            }
            from = k;
        }
        if (from == m.first()) {
            return null;
        }
        String head = RolePhrases.head(doc, from, m.first());
        if (head == null || !OrganisationDescriptions.isOrganisationNoun(head) || m.first() - from < 2) {
            // "the network RT" says no more than that it is one
            return null;
        }
        return title(doc, index, from, m.first(), text(doc, from, m.first()), -1);
    }

    /** The office honorifics in the mention and the words before it. */
    private static List<Title> before(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        int start = doc.sentenceOf(m.first()).first();
        // The honorifics that are offices: "Gov.", "Lt. Gen.", "President"; a courtesy title ends them.
        int officeEnd = m.first();
        while (officeEnd < m.nameFirst()
                && Honorifics.isOffice(doc.tokens().get(officeEnd).word())) {
            officeEnd++;
        }
        int from = m.first();
        for (int k = m.first() - 1; k >= start; k--) {
            Token t = doc.tokens().get(k);
            if (isOfInOffice(doc, k, start, from)) {
                continue;
            }
            boolean allowed = PREMODIFIER_POS.contains(t.pos())
                    || RolePhrases.isQuote(t)
                    || (t.word().equals("and")
                            && k > start
                            && k + 1 < m.first()
                            && isSingularRole(doc.tokens().get(k - 1)));
            if (!allowed
                    || t.timex() != null
                    || "DATE".equals(t.ner())
                    || isHeadOfOtherClause(doc, m, t)
                    || isClauseVerb(doc, t)
                    || (t.pos().equals("VBN") && isRightBefore(doc, k, m.first()))
                    || (t.pos().equals("HYPH") && !isAttached(doc, k))
                    || (t.isPerson() && !isModifierName(doc, k, m.first()))) {
                break;
            }
            from = k;
        }
        while (from < m.first()
                && (RolePhrases.isQuote(doc.tokens().get(from))
                        || doc.tokens().get(from).word().equals("and")
                        || doc.tokens().get(from).pos().equals("HYPH"))) {
            from++; // "then-Secretary of State": the title starts after the hyphen
        }
        int to = m.first();
        while (to > from && RolePhrases.isQuote(doc.tokens().get(to - 1))) {
            to--;
        }
        List<Title> out = new ArrayList<>();
        // "Republican vice-presidential nominee Gov." is two titles; "Deputy Attorney General", "Tulsa
        // police Chief" and "Chinese Minister" are one.
        boolean runIsRole = from < to
                && isRole(doc, from, to)
                && !(officeEnd > m.first() && (to - from == 1 || isOrganisationHead(doc, from, to)));
        int tie = -1;
        if (from >= 2 && Titles.isPossessive(doc.tokens().get(from - 1))) {
            tie = clusters.mentionAt(from - 2);
        }
        if (tie < 0) {
            tie = nameInside(clusters, from, to, index);
        }
        if (runIsRole) {
            out.add(title(doc, index, from, to, singular(doc, from, to), tie));
        }
        if (officeEnd > m.first()) {
            // "Massachusetts Sen.": words that only place or qualify the office go with it; not "the way".
            int officeFrom = runIsRole || from >= to || !qualifiesOffice(doc, from, to) ? m.first() : from;
            String office = spelledOut(doc, m.first(), officeEnd);
            String text = officeFrom < m.first() ? text(doc, officeFrom, m.first()) + " " + office : office;
            out.add(new Title(
                    index,
                    officeFrom,
                    officeEnd,
                    text,
                    Honorifics.role(doc.tokens().get(officeEnd - 1).word()),
                    tie));
        }
        return out;
    }

    /**
     * A word before the name that belongs to something else: a name of its own that is the subject or
     * object of a verb, as "Stumpf" in "Last week Stumpf said".
     */
    private static boolean isHeadOfOtherClause(Parsed doc, NameMention m, Token t) {
        return t.isPerson() && !t.relation().startsWith("compound") && t.head() != m.head();
    }

    /** Words that may stand before an office: places, parties, "former", "Deputy", "police". */
    private static boolean qualifiesOffice(Parsed doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens().get(k);
            boolean ok = t.pos().startsWith("JJ")
                    || RolePhrases.isQuote(t)
                    || t.pos().startsWith("NNP")
                    || t.pos().equals("HYPH")
                    || t.pos().equals("VBN")
                    || (t.isNoun()
                            && (OrganisationDescriptions.isOrganisationNoun(t.lemma()) || RoleNouns.isRole(t.lemma())));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingularRole(Token t) {
        return (t.pos().equals("NN") || t.pos().equals("NNP")) && RoleNouns.isRole(t.lemma());
    }

    /** Whether only quotation marks stand between the token and the name. */
    private static boolean isRightBefore(Parsed doc, int k, int name) {
        for (int j = k + 1; j < name; j++) {
            if (!RolePhrases.isQuote(doc.tokens().get(j))) {
                return false;
            }
        }
        return true;
    }

    /** A hyphen written without spaces ("vice-presidential"), not a dash set off by spaces. */
    private static boolean isAttached(Parsed doc, int k) {
        return k > 0
                && k + 1 < doc.tokens().size()
                && doc.tokens().get(k - 1).end() == doc.tokens().get(k).start()
                && doc.tokens().get(k).end() == doc.tokens().get(k + 1).start();
    }

    /** "Clinton" in "Clinton communication director": a name that modifies the role after it. */
    private static boolean isModifierName(Parsed doc, int k, int name) {
        if (k + 1 >= name) {
            return false;
        }
        Token next = doc.tokens().get(k + 1);
        return next.isNoun() && !next.isPerson();
    }

    private static boolean isOrganisationHead(Parsed doc, int from, int to) {
        String head = RolePhrases.head(doc, from, to);
        return head != null && OrganisationDescriptions.isOrganisationNoun(head);
    }

    /** A title as written, its last word singular: "Senators Charles E. Grassley, ..." gives "Senator". */
    private static String singular(Parsed doc, int from, int to) {
        Token last = doc.tokens().get(to - 1);
        if (!(last.pos().equals("NNS") || last.pos().equals("NNPS"))
                || last.lemma().equalsIgnoreCase(last.word())) {
            return text(doc, from, to);
        }
        String lemma = Character.isUpperCase(last.word().charAt(0))
                ? Character.toUpperCase(last.lemma().charAt(0)) + last.lemma().substring(1)
                : last.lemma();
        String head = to - 1 > from ? text(doc, from, to - 1) + " " : "";
        return head + lemma;
    }

    /** "grilled" in "Warren grilled Wells Fargo chief executive John Stumpf": a verb with a subject of its own. */
    private static boolean isClauseVerb(Parsed doc, Token t) {
        if (!t.isVerb()) {
            return false;
        }
        if (t.relation().equals("root")) {
            return true;
        }
        for (Token c : doc.children(t.index())) {
            if (c.relation().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** "of" between an office and a capitalised word: "Secretary of State", "Minister of Defence". */
    private static boolean isOfInOffice(Parsed doc, int k, int start, int from) {
        return k > start
                && k + 1 == from
                && doc.tokens().get(k).word().equals("of")
                && Honorifics.isOffice(doc.tokens().get(k - 1).word())
                && Character.isUpperCase(doc.tokens().get(from).word().charAt(0));
    }

    /** Appositions: "Devin Nunes, the Republican chairman of ...", "The top Democrat on ..., Adam Schiff". */
    private static List<Title> appositions(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        List<Title> out = new ArrayList<>();
        int after = afterName(doc, m);
        if (after >= 0 && clusters.mentionAt(after) >= 0) {
            after = -1; // "... under Obama, Ham also noted": the next name, not an apposition
        }
        if (after >= 0) {
            Title t = phrase(doc, clusters, index, after);
            if (t != null) {
                out.add(t);
                // "a senior fellow at the Hoover Institution and a former United States ambassador"
                int next = t.last();
                if (next + 1 < doc.sentenceOf(next - 1).last()
                        && doc.tokens().get(next).word().equals("and")
                        && doc.tokens().get(next + 1).pos().equals("DT")) {
                    Title second = phrase(doc, clusters, index, next + 1);
                    if (second != null) {
                        out.add(second);
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            Title said =
                    relativeAfter(doc, clusters, index, out.get(out.size() - 1).last());
            if (said != null) {
                out.add(said);
            }
        }
        Title fronted = fronted(doc, clusters, index);
        if (fronted == null) {
            fronted = apposedBefore(doc, clusters, index);
        }
        if (fronted != null) {
            out.add(fronted);
        }
        return out;
    }

    /** "... spoke to the chief executive of Ora Media, John Dickey": a noun the name is in apposition to. */
    private static Title apposedBefore(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        Token head = doc.tokens().get(m.head());
        if (!head.relation().equals("appos")
                || head.head() < 0
                || head.head() >= m.first()
                || m.first() == 0
                || !isApposer(doc.tokens().get(m.first() - 1))) {
            return null;
        }
        Token noun = doc.tokens().get(head.head());
        if (!noun.isNoun() || clusters.mentionAt(noun.index()) >= 0) {
            return null;
        }
        int left = noun.index();
        while (left - 1 >= doc.sentenceOf(left).first()
                && Phrases.dominates(doc, noun.index(), left - 1)
                && !doc.tokens().get(left - 1).pos().equals("CC")
                && !doc.tokens().get(left - 1).word().equals(",")) {
            left--;
        }
        int start = RolePhrases.start(doc, left);
        int end = RolePhrases.end(doc, start);
        return end == m.first() - 1 ? roleTitle(doc, clusters, index, start, end) : null;
    }

    /**
     * The first token of an apposition after the name, past a party tag or an age: "Rep. Jim Clyburn
     * (D-S.C.), the assistant leader ..."; "Mr. King, 82, ..." gives nothing; -1 where none.
     */
    private static int afterName(Parsed doc, NameMention m) {
        // The splitter may end a sentence at the full stop of "(D-N.C.)": the apposition goes on after it.
        int last = doc.tokens().size();
        int k = m.last();
        if (k < last && doc.tokens().get(k).word().equals("(")) {
            while (k < last && !doc.tokens().get(k).word().equals(")")) {
                k++;
            }
            k++;
        }
        if (k + 1 >= last || !isApposer(doc.tokens().get(k))) {
            return -1;
        }
        int from = k + 1;
        Token first = doc.tokens().get(from);
        boolean age = first.pos().equals("CD")
                && (from + 1 >= last || !doc.tokens().get(from + 1).isNoun());
        if (age || first.pos().startsWith("NNP") && !"O".equals(first.ner())) {
            // an age ("Mr. King, 82,"), or the next name of a list; not "2015 winner of ..."
            return -1;
        }
        return from;
    }

    /** "Now the highest-ranking prosecutor in the United States, Lynch ..."; "As a summer associate ..., Lynch". */
    private static Title fronted(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        Sentence s = doc.sentenceOf(m.first());
        if (m.first() - 1 <= s.first()
                || !isApposer(doc.tokens().get(m.first() - 1))
                || !Pronouns.isSubject(doc, m.head())) {
            return null;
        }
        int from = s.first();
        Token open = doc.tokens().get(from);
        if (open.word().equalsIgnoreCase("as") && open.pos().equals("IN")) {
            from++;
        }
        Token opening = doc.tokens().get(from);
        if (!(opening.pos().equals("RB")
                || opening.word().equalsIgnoreCase("a")
                || opening.word().equalsIgnoreCase("an")
                || opening.word().equalsIgnoreCase("the"))) {
            return null; // "These employees, Stumpf explained"
        }
        int start = RolePhrases.start(doc, from);
        int end = RolePhrases.end(doc, start);
        if (end != m.first() - 1 || isPlural(doc, start, end)) {
            return null;
        }
        return roleTitle(doc, clusters, index, start, end);
    }

    private static boolean isPlural(Parsed doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens().get(k);
            if (t.pos().equals("IN") || t.pos().equals("TO")) {
                break;
            }
            if (t.isNoun() && (k + 1 == to || !doc.tokens().get(k + 1).isNoun())) {
                return t.pos().equals("NNS") || t.pos().equals("NNPS");
            }
        }
        return false;
    }

    /**
     * A role phrase as a title: from its first word past an article or possessor to where it ends.
     *
     * @return the title, or null where no role phrase starts there
     */
    private static Title phrase(Parsed doc, Clusters clusters, int index, int from) {
        int possessor = -1;
        int start = from;
        int last = doc.sentenceOf(from).last();
        // "Mr Flynn's attorney": the possessor is whom the role is for, not part of the title.
        for (int p = from; p < Math.min(last, from + 8); p++) {
            if (isPossessive(doc.tokens().get(p))) {
                possessor = clusters.mentionAt(p - 1);
                start = p + 1;
                break;
            }
            if (isBoundary(doc.tokens().get(p))) {
                break;
            }
        }
        start = RolePhrases.start(doc, start);
        int end = RolePhrases.end(doc, start);
        if (end <= start || end < last && !endsPhrase(doc, end)) {
            return null;
        }
        Title t = roleTitle(doc, clusters, index, start, end);
        return t == null || possessor < 0
                ? t
                : new Title(t.mention(), t.first(), t.last(), t.text(), t.role(), possessor);
    }

    /** What ends an apposition: punctuation, a relative pronoun, a dash. */
    private static boolean endsPhrase(Parsed doc, int k) {
        Token t = doc.tokens().get(k);
        Token next = k + 1 < doc.tokens().size() ? doc.tokens().get(k + 1) : null;
        return isBoundary(t)
                || t.pos().equals(".")
                || t.pos().equals(":")
                || RolePhrases.isQuote(t)
                || t.word().equals(")")
                // "a senior fellow at X and a former ambassador", "a former tax aide now teaching at Y"
                || (t.word().equals("and") && next != null && next.pos().equals("DT"))
                || t.pos().equals("RB")
                || t.pos().equals("VBG")
                || RelativePronouns.isRelative(t);
    }

    /** A relative clause or a copula about the name: "X, who served as U.S. ambassador to Burma"; "X was a partner at Y". */
    private static Title predicate(Parsed doc, Clusters clusters, int index) {
        return roleAfter(doc, clusters, index, clusters.mentions().get(index).last());
    }

    /** "who is a harsh critic of ..." right after an apposition. */
    private static Title relativeAfter(Parsed doc, Clusters clusters, int index, int at) {
        return at < doc.tokens().size()
                        && RelativePronouns.isRelative(doc.tokens().get(at))
                ? roleAfter(doc, clusters, index, at)
                : null;
    }

    /** The role a relative clause or a copula at {@code k} gives. */
    private static Title roleAfter(Parsed doc, Clusters clusters, int index, int at) {
        int k = at;
        if (k >= doc.tokens().size()) {
            return null;
        }
        int last = doc.sentenceOf(k).last();
        boolean relative = false;
        if (k + 1 < last
                && doc.tokens().get(k).word().equals(",")
                && RelativePronouns.isRelative(doc.tokens().get(k + 1))) {
            relative = true;
            k += 2;
        } else if (RelativePronouns.isRelative(doc.tokens().get(k))) {
            relative = true;
            k++;
        } else if (k < last && doc.tokens().get(k).pos().equals("PRP")) {
            k++; // "Lynch herself was ..."
        }
        if (k >= last) {
            return null;
        }
        Token verb = doc.tokens().get(k);
        if (!ROLE_VERBS.contains(verb.lemma()) || !(relative || verb.lemma().equals("be"))) {
            return null;
        }
        k++;
        while (k < last
                && (doc.tokens().get(k).pos().equals("RB")
                        || doc.tokens().get(k).word().equals("as"))) {
            String w = doc.tokens().get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return null; // "Mr. King is not an employee of RT"
            }
            k++;
        }
        if (k >= last || doc.tokens().get(k).isVerb()) {
            return null; // "was elected", "is running"
        }
        int start = RolePhrases.start(doc, k);
        int end = RolePhrases.end(doc, start);
        if (end <= start) {
            return null;
        }
        if (!relative && !(isOffice(doc, start, end) || hasNamedComplement(doc, start, end))) {
            // "X was a partner at Hogan & Hartson", "X is a senator"; not "X is a liar".
            return null;
        }
        return roleTitle(doc, clusters, index, start, end);
    }

    /** "Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)": Vitter is a senator too. */
    private static Title sharedHonorific(Parsed doc, Clusters clusters, int index) {
        NameMention m = clusters.mentions().get(index);
        if (m.nameFirst() > m.first() || index == 0) {
            return null;
        }
        Token t = doc.tokens().get(m.head());
        if (!t.relation().equals("conj") || t.head() < 0) {
            return null;
        }
        int first = clusters.mentionAt(t.head());
        if (first < 0) {
            return null;
        }
        NameMention lead = clusters.mentions().get(first);
        for (int k = lead.first(); k < lead.nameFirst(); k++) {
            String w = doc.tokens().get(k).word();
            if (Honorifics.isOffice(w)
                    && w.toLowerCase(Locale.ROOT).replace(".", "").endsWith("s")) {
                String role = Honorifics.role(w);
                String text = Character.toUpperCase(role.charAt(0)) + role.substring(1);
                return new Title(index, k, k + 1, text, role, -1);
            }
        }
        return null;
    }

    private static Title roleTitle(Parsed doc, Clusters clusters, int index, int from, int to) {
        if (from >= to || !isRole(doc, from, to) || isPlural(doc, from, to)) {
            return null;
        }
        return title(doc, index, from, to, text(doc, from, to), nameInside(clusters, from, to, index));
    }

    /** Whether the words hold a role: their head noun names what a person is, or an office. */
    private static boolean isRole(Parsed doc, int from, int to) {
        String head = RolePhrases.head(doc, from, to);
        return head != null && RoleNouns.isRole(head);
    }

    private static boolean isOffice(Parsed doc, int from, int to) {
        String head = RolePhrases.head(doc, from, to);
        return head != null && Honorifics.isListed(head);
    }

    /** "a partner at Hogan & Hartson": a preposition and a capitalised name after the head. */
    private static boolean hasNamedComplement(Parsed doc, int from, int to) {
        boolean preposition = false;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens().get(k);
            preposition |= t.pos().equals("IN") || t.pos().equals("TO");
            if (preposition && t.pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    private static Title title(Parsed doc, int index, int from, int to, String text, int tie) {
        return new Title(index, from, to, text, RolePhrases.head(doc, from, to), tie);
    }

    /** The words as the article writes them. */
    private static String text(Parsed doc, int from, int to) {
        return doc.text(doc.tokens().get(from).start(), doc.tokens().get(to - 1).end());
    }

    /** Office honorifics with abbreviations spelled out: "Sen." is "Senator", "Lt. Gen." "Lieutenant General". */
    private static String spelledOut(Parsed doc, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String w = doc.tokens().get(k).word();
            if (Honorifics.isAbbreviation(w)) {
                String full = Honorifics.role(w);
                w = Character.toUpperCase(full.charAt(0)) + full.substring(1);
            }
            words.add(w);
        }
        return String.join(" ", words);
    }

    /**
     * The head noun of a title: the last noun before a preposition ("chairman" of "Republican chairman
     * of the House intelligence committee").
     *
     * @param doc the parsed article
     * @param from first token of the title
     * @param to one past its last token
     * @return the role in plain lower case, or null where the words hold no noun
     */
    static String roleOf(Parsed doc, int from, int to) {
        return RolePhrases.head(doc, from, to);
    }

    /** A name inside the title other than the titled person's own ("White House" in "White House spokesman"). */
    private static int nameInside(Clusters clusters, int from, int to, int self) {
        for (int k = from; k < to; k++) {
            int m = clusters.mentionAt(k);
            if (m >= 0 && m != self) {
                return m;
            }
        }
        return -1;
    }

    static boolean isPossessive(Token t) {
        return t.pos().equals("POS");
    }

    /** An apposition is set off by a comma or a dash, not by a parenthesis ("Ted Cruz (R-Texas)"). */
    private static boolean isApposer(Token t) {
        return t.word().equals(",")
                || t.word().equals("--")
                || t.word().equals("\u2014")
                || t.word().equals("\u2013");
    }

    private static boolean isBoundary(Token t) {
        return t.word().equals(",")
                || t.word().equals("(")
                || t.word().equals(";")
                || t.word().equals("--")
                || t.word().equals("\u2014")
                || t.word().equals("\u2013")
                || t.pos().equals("WDT")
                || t.pos().equals("WP")
                || t.pos().equals("-LRB-");
    }
}
