package org.whosaid.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.TrailingParticiples;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;
import org.whosaid.statement.Statement;

/**
 * Turns an article's tags into statements. Each run of source, cue or content tags is a piece; each
 * content piece joins the nearest cue of its sentence, else of the sentence before or after it in the
 * same paragraph, else continues the statement whose content comes just before it; each source joins
 * the nearest cue the same way. A cue with content is a statement. Before that, slips of the tagger
 * that the words show are mended ({@link #repaired}, {@link #chained}); content with no cue near it
 * may stand as a statement of its own, for the selection to judge.
 */
final class TagDecoder {

    /** The source role of {@link Tag#role()}. */
    private static final int SOURCE = 1;

    /** The cue role of {@link Tag#role()}. */
    private static final int CUE = 2;

    /** The content role of {@link Tag#role()}. */
    private static final int CONTENT = 3;

    /** Fewest tokens for content without a cue to be a statement. */
    private static final int ORPHAN_TOKENS = 4;

    /** Words that join a second clause to the content: "..., and encouraged", "..., arguing". */
    private static final Set<String> JOINS = Set.of(",", "and", "but", "--", "\u2014", "\u2013");

    /** Times a word must have been a cue before it may split content: a share of a few is chance. */
    private static final int SEEN = 10;

    /** Marks that end the clause a cue and its speaker close. */
    private static final Set<String> CLAUSE_END = Set.of(".", ",", ";", "!", "?", "''", "\"", "\u201d");

    private TagDecoder() {}

    /** A run of one role: tokens [first, last). */
    private record Piece(int role, int first, int last) {}

    /**
     * @param doc the parsed article
     * @param tags one tag per token
     * @return the statements, in text order (kind to be set from the quotation marks)
     */
    static List<Statement> decode(Parsed doc, Tag[] tags) {
        return decode(doc, tags, null, false);
    }

    /**
     * @param doc the parsed article
     * @param tags one tag per token
     * @param lexicon the cue words, to split content at a second cue the tagger took for content; or null
     * @param orphans whether content with no cue near it is a statement too, without cue or source (a
     *     quotation in a transcript, a signed quotation), for the selection to judge
     * @return the statements, in text order (kind to be set from the quotation marks)
     */
    static List<Statement> decode(Parsed doc, Tag[] tags, CueLexicon lexicon, boolean orphans) {
        List<Token> tokens = doc.tokens();
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < tags.length; ) {
            int role = tags[i].role();
            if (role == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tags.length
                    && tags[j].role() == role
                    && !tags[j].begins()
                    && paragraph(doc, j) == paragraph(doc, i)) {
                j++;
            }
            pieces.add(new Piece(role, i, j));
            i = j;
        }
        pieces = repaired(doc, pieces);
        if (lexicon != null) {
            pieces = chained(doc, pieces, lexicon);
        }
        List<Piece> cues = pieces.stream().filter(p -> p.role() == CUE).toList();
        List<List<Piece>> contentOf = new ArrayList<>();
        Piece[] sourceOf = new Piece[cues.size()];
        int[] sourceDistance = new int[cues.size()];
        for (int c = 0; c < cues.size(); c++) {
            contentOf.add(new ArrayList<>());
            sourceDistance[c] = Integer.MAX_VALUE;
        }
        List<Piece> alone = new ArrayList<>();
        int lastCue = -1;
        for (Piece p : pieces) {
            if (p.role() == CUE) {
                continue;
            }
            int c = nearestCue(doc, cues, p);
            if (p.role() == CONTENT) {
                if (c < 0 && lastCue >= 0 && continues(doc, pieces, p)) {
                    c = lastCue;
                }
                if (c >= 0) {
                    contentOf.get(c).add(p);
                    lastCue = c;
                } else {
                    alone.add(p);
                    lastCue = -1;
                }
            } else if (c >= 0) {
                int d = distance(cues.get(c), p);
                if (d < sourceDistance[c]) {
                    sourceDistance[c] = d;
                    sourceOf[c] = p;
                }
            }
        }
        claimed(doc, pieces, cues, contentOf);
        List<Statement> out = new ArrayList<>();
        String text = doc.text();
        for (int c = 0; c < cues.size(); c++) {
            List<Piece> content = contentOf.get(c);
            if (content.isEmpty()) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (Piece p : content) {
                spans.add(span(text, tokens, p));
            }
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            Piece cue = cues.get(c);
            out.add(new Statement(
                    Kind.INDIRECT,
                    sourceOf[c] == null ? null : span(text, tokens, sourceOf[c]),
                    span(text, tokens, cue),
                    spans,
                    null,
                    tokens.get(cue.first()).sentence(),
                    LearnedStatements.RULE));
        }
        for (Piece p : orphans ? alone : List.<Piece>of()) {
            if (p.last() - p.first() >= ORPHAN_TOKENS) {
                out.add(new Statement(
                        Kind.INDIRECT,
                        null,
                        null,
                        List.of(span(text, tokens, p)),
                        null,
                        tokens.get(p.first()).sentence(),
                        LearnedStatements.RULE));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Mends slips of the tagger that the words themselves show: a name tagged as content right
     * after its cue at the end of a clause ("..., said Batchelder.") is the source; a source that holds
     * a clause before a comma ("The middle fifth paid 8.9 percent, the agency said") is content up to
     * the comma and source after it; content that stops at the cue's object, where the parser hung the
     * rest of the reported clause on the cue ("suspect those losses were generated"), takes that clause;
     * a lone relative pronoun tagged as content right before its cue ("Clinton — who's called for") is the
     * source.
     */
    private static List<Piece> repaired(Parsed doc, List<Piece> pieces) {
        List<Token> tokens = doc.tokens();
        List<Piece> out = new ArrayList<>(pieces.size());
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            Piece before = k > 0 ? pieces.get(k - 1) : null;
            // Content, then the cue, then a name: "..., said Batchelder." (not "X endorses Clinton.")
            if (p.role() == CONTENT
                    && k > 1
                    && pieces.get(k - 2).role() == CONTENT
                    && before.role() == CUE
                    && before.last() == p.first()
                    && isName(tokens, p)
                    && (p.last() >= tokens.size()
                            || CLAUSE_END.contains(tokens.get(p.last()).word()))) {
                out.add(new Piece(SOURCE, p.first(), p.last()));
                continue;
            }
            // "Many experts suspect those losses [were generated ...]": content that stops at the cue's
            // object, where the parser hung the rest of the clause on the cue as a bare dependent.
            int clauseEnd = p.role() == CONTENT && before != null && before.role() == CUE && before.last() == p.first()
                    ? bareClauseEnd(doc, before, p)
                    : -1;
            if (clauseEnd > p.last()) {
                out.add(new Piece(CONTENT, p.first(), clauseEnd));
                // Pieces the tagger found inside the clause are part of it.
                while (k + 1 < pieces.size() && pieces.get(k + 1).first() < clauseEnd) {
                    k++;
                }
                continue;
            }
            // "Hillary Clinton — who's called for big tax hikes": the relative pronoun before the cue
            // is its subject, the source.
            Piece after = k + 1 < pieces.size() ? pieces.get(k + 1) : null;
            if (p.role() == CONTENT && after != null && after.role() == CUE && relativeSubject(tokens, p, after)) {
                out.add(new Piece(SOURCE, p.first(), p.last()));
                continue;
            }
            int comma = p.role() == SOURCE ? clauseComma(tokens, p) : -1;
            if (comma > 0) {
                out.add(new Piece(CONTENT, p.first(), comma));
                out.add(new Piece(SOURCE, comma + 1, p.last()));
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /**
     * @return one past the last token of a verb with an auxiliary and no subject that the parser hung
     *     on the cue right after the content, its object ("suspect those losses were generated"); or -1
     */
    private static int bareClauseEnd(Parsed doc, Piece cue, Piece content) {
        List<Token> tokens = doc.tokens();
        int next = content.last();
        if (next >= tokens.size()
                || tokens.get(next).sentence() != tokens.get(content.first()).sentence()) {
            return -1;
        }
        for (int v = cue.first(); v < cue.last(); v++) {
            if (!tokens.get(v).isVerb()) {
                continue;
            }
            int object = -1;
            int bare = -1;
            for (Token t : doc.children(v)) {
                if (t.relation().equals(Relations.OBJ)) {
                    object = t.index();
                } else if (t.relation().equals(Relations.DEP) && t.isVerb() && t.index() > next) {
                    bare = t.index();
                }
            }
            if (object < content.first() || object >= next || bare < 0) {
                continue;
            }
            boolean auxiliary = false;
            boolean subject = false;
            for (Token t : doc.children(bare)) {
                auxiliary |= t.relation().startsWith(Relations.AUX) && t.index() == next;
                subject |= t.relation().startsWith(Relations.NSUBJ);
            }
            if (auxiliary && !subject) {
                int end = doc.subtree(bare)[1];
                while (end - 1 > bare
                        && Relations.PUNCT.equals(tokens.get(end - 1).relation())) {
                    end--;
                }
                return end;
            }
        }
        return -1;
    }

    /** @return whether the piece is a lone relative pronoun, the subject of the cue right after it */
    private static boolean relativeSubject(List<Token> tokens, Piece p, Piece cue) {
        if (p.last() - p.first() != 1 || cue.first() < p.last()) {
            return false;
        }
        Token t = tokens.get(p.first());
        return (t.pos().equals("WP") || t.pos().equals("WDT"))
                && t.relation().startsWith(Relations.NSUBJ)
                && t.head() >= cue.first()
                && t.head() < cue.last();
    }

    /**
     * Splits a content piece at a verb of speaking that opens a clause of its own and that the tagger
     * took for content ("that Machado was a con and encouraged Americans to ...", "the records, arguing
     * the move was needed", "..., and rights groups warned that ..."): a second statement, each with its
     * own cue.
     */
    private static List<Piece> chained(Parsed doc, List<Piece> pieces, CueLexicon lexicon) {
        List<Token> tokens = doc.tokens();
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            int from = p.first();
            if (p.role() == CONTENT) {
                int quotes = 0;
                for (int i = p.first() + 1; i < p.last() - 1; i++) {
                    Token t = tokens.get(i);
                    quotes += tokens.get(i - 1).isQuoteMark() ? 1 : 0;
                    if (quotes % 2 == 1 || !opensChained(doc, t, lexicon)) {
                        continue;
                    }
                    int b = subjectStart(doc, t, from);
                    int join = b - 1;
                    if (join > from + 1 && tokens.get(join).pos().startsWith("W")) {
                        // "what he says his plan would do and how experts say it would ...": the question
                        // word that opens the second report belongs to neither statement.
                        join--;
                    }
                    if (join <= from || !JOINS.contains(tokens.get(join).word().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    int end = join;
                    while (end > from
                            && JOINS.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT))) {
                        end--;
                    }
                    if (end <= from) {
                        continue;
                    }
                    out.add(new Piece(CONTENT, from, end));
                    if (b < i) {
                        out.add(new Piece(SOURCE, b, i));
                    }
                    out.add(new Piece(CUE, i, i + 1));
                    from = i + 1;
                }
            }
            if (from < p.last()) {
                out.add(new Piece(p.role(), from, p.last()));
            }
        }
        return out;
    }

    /**
     * A verb of speaking that heads a clause of its own, joined or added to the one before; a participle
     * with a clause of its own ("..., arguing that ...") also where the parser hung it on a noun.
     */
    private static boolean opensChained(Parsed doc, Token t, CueLexicon lexicon) {
        String relation = t.relation();
        boolean clause = relation.equals("conj") || relation.equals("advcl");
        boolean participle = t.pos().equals("VBG")
                && (relation.equals("acl") || relation.equals("dep"))
                && TrailingParticiples.governsClause(doc, t.index());
        return (t.isFinite() || t.pos().equals("VBG"))
                && (clause || participle)
                && lexicon.reliability(t) >= CueLexicon.INFINITIVE
                && Math.max(lexicon.cueCount(t.word()), lexicon.cueCount(t.lemma())) >= SEEN;
    }

    /** The first token of the verb's own subject where that stands before it in the piece, else the verb. */
    private static int subjectStart(Parsed doc, Token verb, int from) {
        for (Token c : doc.children(verb.index())) {
            if (c.relation().startsWith("nsubj") && c.index() < verb.index()) {
                int first = doc.subtree(c.index())[0];
                return first > from ? first : verb.index();
            }
        }
        return verb.index();
    }

    private static boolean isName(List<Token> tokens, Piece p) {
        for (int i = p.first(); i < p.last(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().startsWith("NNP")
                    || !(t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last comma of a source piece that has a finite verb of its own before it (not one of a
     * relative clause: "Tester, who chairs the panel,"), or -1.
     */
    private static int clauseComma(List<Token> tokens, Piece p) {
        int comma = -1;
        boolean verb = false;
        for (int i = p.first(); i < p.last() - 1; i++) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("W")) {
                return -1;
            }
            verb |= t.isFinite() || t.pos().equals("VBN");
            if (verb && t.word().equals(",")) {
                comma = i;
            }
        }
        return comma;
    }

    /**
     * "Mr Liu told an event that the confrontation occurred ..., despite officials confirming the incident
     * took place ...": content between two cues went to the nearer, later one, which has content of its
     * own, and left the earlier cue with none. The earlier cue takes it where nothing but untagged words
     * lie between them in one sentence.
     */
    private static void claimed(Parsed doc, List<Piece> pieces, List<Piece> cues, List<List<Piece>> contentOf) {
        for (int c = 0; c < cues.size(); c++) {
            if (!contentOf.get(c).isEmpty()) {
                continue;
            }
            Piece cue = cues.get(c);
            int k = pieces.indexOf(cue) + 1;
            if (k >= pieces.size() || pieces.get(k).role() != CONTENT) {
                continue;
            }
            Piece p = pieces.get(k);
            if (doc.tokens().get(p.first()).sentence()
                    != doc.tokens().get(cue.first()).sentence()) {
                continue;
            }
            for (int other = c + 1; other < cues.size(); other++) {
                List<Piece> held = contentOf.get(other);
                if (held.size() > 1 && held.contains(p) && cues.get(other).first() >= p.last()) {
                    held.remove(p);
                    contentOf.get(c).add(p);
                    break;
                }
            }
        }
    }

    /** The nearest cue in the piece's sentences, else in the sentence just before or after, same paragraph. */
    private static int nearestCue(Parsed doc, List<Piece> cues, Piece p) {
        int first = doc.tokens().get(p.first()).sentence();
        int last = doc.tokens().get(p.last() - 1).sentence();
        int best = best(doc, cues, p, first, last);
        if (best >= 0) {
            return best;
        }
        int para = doc.sentences().get(first).paragraph();
        int lo = first > 0 && doc.sentences().get(first - 1).paragraph() == para ? first - 1 : first;
        int hi = last + 1 < doc.sentences().size()
                        && doc.sentences().get(last + 1).paragraph()
                                == doc.sentences().get(last).paragraph()
                ? last + 1
                : last;
        return best(doc, cues, p, lo, hi);
    }

    private static int best(Parsed doc, List<Piece> cues, Piece p, int fromSentence, int toSentence) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int c = 0; c < cues.size(); c++) {
            int s = doc.tokens().get(cues.get(c).first()).sentence();
            if (s < fromSentence || s > toSentence) {
                continue;
            }
            int d = distance(cues.get(c), p);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Whether the piece before this one is content, with nothing but untagged tokens between them. */
    private static boolean continues(Parsed doc, List<Piece> pieces, Piece p) {
        int k = pieces.indexOf(p);
        if (k == 0) {
            return false;
        }
        Piece prev = pieces.get(k - 1);
        if (prev.role() != 3) {
            return false;
        }
        int para = paragraph(doc, p.first());
        int prevPara = paragraph(doc, prev.last() - 1);
        return para - prevPara <= 1;
    }

    private static int distance(Piece a, Piece b) {
        if (a.last() <= b.first()) {
            return b.first() - a.last();
        }
        if (b.last() <= a.first()) {
            return a.first() - b.last();
        }
        return 0;
    }

    private static int paragraph(Parsed doc, int token) {
        return doc.sentences().get(doc.tokens().get(token).sentence()).paragraph();
    }

    private static Span span(String text, List<Token> tokens, Piece p) {
        return Span.of(
                text, tokens.get(p.first()).start(), tokens.get(p.last() - 1).end());
    }
}
