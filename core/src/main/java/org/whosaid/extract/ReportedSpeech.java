package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Kind;
import org.whosaid.result.Span;

/**
 * Finds "subject + cue verb + complement" statements through the dependency tree: "X said (that) ...",
 * "X told Y that ...", "X wants Y to ...", "..., X said, ..." (a parenthetical cue), "X, who argued
 * that ...", "..., saying that ...". The cue verbs and how reliable each is come from the
 * {@link CueLexicon}. Kinds are left {@code INDIRECT}; quotation marks are looked at later.
 */
public final class ReportedSpeech implements StatementFinder {

    /** Share of a verb's occurrences that must have been cues for a clause complement ("said that"). */
    static final double CLAUSE_MIN = 0.12;
    /** Share needed for an infinitive complement ("wants him to") or a parenthetical cue. */
    static final double INFINITIVE_MIN = 0.25;
    /** Share needed where the complement is a plain object ("criticized the plan"). */
    static final double OBJECT_MIN = 0.45;

    private static final Set<String> QUOTE_CLOSERS = Set.of("\"", "\u201d", "\u2019", "''");
    private static final Set<String> NOT_CUES = Set.of("aux", "cop", "aux:pass", "amod", "compound");

    private final CueLexicon lexicon;

    /** @param lexicon the cue words */
    public ReportedSpeech(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Statement> find(Parsed doc) {
        List<Quotation> quotes = new QuoteScanner().scan(doc.text());
        return find(new Dependencies(doc, quotes), quotes);
    }

    /**
     * @param deps the article's trees
     * @param quotes its quotations: a cue inside one belongs to the quoted speaker's own words
     * @return the statements found
     */
    List<Statement> find(Dependencies deps, List<Quotation> quotes) {
        List<Statement> out = new ArrayList<>();
        SpeakerMentions speakers = new SpeakerMentions(deps);
        int q = 0;
        for (Token verb : deps.doc().tokens()) {
            while (q < quotes.size() && quotes.get(q).end() <= verb.start()) {
                q++;
            }
            if (!verb.isVerb()
                    || NOT_CUES.contains(verb.relation())
                    || q < quotes.size() && quotes.get(q).covers(verb.start())) {
                continue;
            }
            double reliability = lexicon.reliability(verb);
            if (reliability < CLAUSE_MIN) {
                continue;
            }
            Statement s = statement(deps, speakers, verb, reliability);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private Statement statement(Dependencies deps, SpeakerMentions speakers, Token verb, double reliability) {
        int v = verb.index();
        int[] subject = speakers.speakerOf(v);
        List<int[]> content = new ArrayList<>();
        int ccomp = deps.child(v, "ccomp");
        int xcomp = deps.child(v, "xcomp");
        // "called Trump a liar": the parser often makes the person an indirect object.
        int obj = objectAfter(deps, v);
        int parataxis = deps.child(v, "parataxis");
        if (ccomp >= 0) {
            content.add(deps.subtree(ccomp));
        } else if (verb.relation().equals("parataxis")
                && verb.head() >= 0
                && reliability >= INFINITIVE_MIN
                && obj < 0
                && xcomp < 0) {
            // "The economy, he said, is strong": what was said is the host clause around the cue.
            int host = verb.head();
            int[] all = deps.subtree(host);
            content.addAll(deps.without(all[0], all[1], v));
        } else if (xcomp >= 0
                && xcomp > v
                && reliability >= INFINITIVE_MIN
                && (deps.token(xcomp).isVerb() || deps.child(xcomp, "nsubj") >= 0)) {
            // "wants him to go", or a small clause with its own subject: "says he's satisfied that ..."
            int[] x = deps.subtree(xcomp);
            int from = obj >= 0 && obj > v && obj < xcomp ? deps.subtree(obj)[0] : x[0];
            content.add(new int[] {from, x[1]});
        } else if (parataxis >= 0 && parataxis > v && reliability >= INFINITIVE_MIN) {
            content.add(deps.subtree(parataxis));
        } else if (obj >= 0
                && reliability >= OBJECT_MIN
                && (!isAddressee(deps.token(obj)) || described(deps, v, obj))) {
            content.add(predicative(deps, v, obj));
        } else {
            return null;
        }
        List<Span> spans = new ArrayList<>();
        String text = deps.doc().text();
        for (int[] r : content) {
            int a = r[0];
            int b = r[1];
            // Keep the speaker's own words out of what was said.
            if (subject != null && a < subject[1] && subject[0] < b) {
                if (subject[0] <= a) {
                    a = subject[1];
                } else {
                    b = subject[0];
                }
            }
            if (a < b) {
                spans.add(Span.of(text, deps.token(a).start(), deps.token(b - 1).end()));
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        Span source = subject == null
                ? null
                : Span.of(
                        text,
                        deps.token(subject[0]).start(),
                        deps.token(subject[1] - 1).end());
        return new Statement(Kind.INDIRECT, source, cueSpan(deps, verb), spans, null, verb.sentence());
    }

    /**
     * The object with what the verb says of it: "described Clinton as a disgrace", "called Trump a
     * liar".
     */
    private static int[] predicative(Dependencies deps, int verb, int obj) {
        int[] span = deps.subtree(obj);
        for (int c : deps.children(verb)) {
            String rel = deps.token(c).relation();
            if (c > verb
                    && (rel.equals("xcomp")
                            || rel.equals("obj")
                            || rel.equals("dep")
                            || rel.startsWith("obl") && hasChild(deps, c, "as"))) {
                int[] sub = deps.subtree(c);
                span[0] = Math.min(span[0], sub[0]);
                span[1] = Math.max(span[1], sub[1]);
            }
        }
        int head = deps.token(verb).head();
        if (deps.token(verb).relation().startsWith("csubj") && head > span[0]) {
            // "told Hannity a Clinton loss is likely": the parser made the cue clause the subject of
            // what was said.
            span[1] = Math.max(span[1], deps.subtree(head)[1]);
        }
        while (span[1] - 1 > span[0]
                && deps.isPunct(span[1] - 1)
                && !QUOTE_CLOSERS.contains(deps.token(span[1] - 1).word())) {
            span[1]--;
        }
        return span;
    }

    /** @return the verb's first object after it ("who he called a liar" has one before), or -1 */
    private static int objectAfter(Dependencies deps, int verb) {
        for (String r : new String[] {"obj", "dobj", "iobj"}) {
            for (int c : deps.children(verb)) {
                if (c > verb && deps.token(c).relation().equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** "called Trump a liar": the person named is what the statement is about, not whom it is told to. */
    private static boolean described(Dependencies deps, int verb, int obj) {
        return deps.child(obj, "dep", "xcomp") >= 0 || deps.child(verb, "xcomp") > obj;
    }

    private static boolean hasChild(Dependencies deps, int head, String word) {
        for (int c : deps.children(head)) {
            if (deps.token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** "told reporters", "told him": an object that names who was spoken to, not what was said. */
    private static boolean isAddressee(Token obj) {
        return obj.pos().startsWith("PRP")
                || !"O".equals(obj.ner())
                || obj.lemma().equals("reporter")
                || obj.lemma().equals("audience");
    }

    /** The cue verb with a particle right after it ("pointed out"). */
    static Span cueSpan(Dependencies deps, Token verb) {
        int end = verb.end();
        int prt = deps.child(verb.index(), "compound:prt");
        if (prt == verb.index() + 1) {
            end = deps.token(prt).end();
        }
        return Span.of(deps.doc().text(), verb.start(), end);
    }
}
