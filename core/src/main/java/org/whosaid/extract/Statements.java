package org.whosaid.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Span;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;

/**
 * All statement finding, as an ordered list of named rules (see {@code rules.tsv}): reported speech and
 * "according to" through the dependency tree; lines labelled with a name and a colon; overlapping and
 * nested finds resolved (each word belongs to one statement, the outer one wins); quotations attached
 * to the cue beside them; quotations split by their cue joined; continuation quotations; scare quotes
 * dropped. Then each statement's channel, and whether it goes on from the one before it. Thread safe.
 */
public final class Statements {

    /** Most characters between a quotation and the cue that follows it ("...," the former senator said). */
    private static final int CUE_AFTER = 60;
    /** Sentences a statement without a source may lie after the one before it and still go on from it. */
    private static final int CONTINUES = 1;

    private final QuoteScanner scanner = new QuoteScanner();
    private final ContentBoundaries boundaries = new ContentBoundaries();
    private final Channels channels = new Channels();
    private final CueLexicon lexicon;
    private final Rules rules;
    private final List<FindingRule> pipeline;

    /**
     * @param lexicon the cue words
     * @param rules which rules run
     */
    public Statements(CueLexicon lexicon, Rules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
        FindingRule overlaps = step(
                "overlaps", (d, found) -> resolveOverlaps(boundaries.apply(d.text(), d.quotes(), found), d.lexicon()));
        FindingRule sameCue = step("same-cue", (d, found) -> sameCue(found));
        FindingRule split = step(
                "split-quote",
                (d, found) -> boundaries.apply(d.text(), d.quotes(), QuoteCues.joinSplit(d.text(), d.quotes(), found)));
        FindingRule scare = step("scare-quote", (d, found) -> {
            List<Statement> kept = new ArrayList<>(found);
            kept.removeIf(s -> scareQuote(d.text(), d.quotes(), s, d.lexicon()));
            return kept;
        });
        this.pipeline = rules.select(List.of(
                new ReportedSpeech(),
                new AccordingTo(),
                new InPoll(),
                new JudgedFor(),
                new StateOfMind(),
                new Labels(),
                overlaps,
                new QuoteCueAfter(boundaries),
                new QuoteCueBefore(boundaries),
                new QuoteColonClause(boundaries),
                new QuoteSigned(boundaries),
                new QuoteLabel(boundaries),
                new BlockQuote(),
                sameCue,
                split,
                new Continuations(),
                scare));
    }

    /** A finder with the shipped cue lexicon and every rule. */
    public Statements() {
        this(CueLexicon.standard(), Rules.standard());
    }

    /**
     * @param doc the parsed article
     * @return its statements, in text order
     */
    public List<Statement> find(Parsed doc) {
        List<Quotation> quotes = scanner.scan(doc.text());
        Draft draft = new Draft(new Dependencies(doc, quotes), quotes, lexicon, rules);
        List<Statement> found = List.of();
        for (FindingRule rule : pipeline) {
            found = rule.apply(draft, found);
        }
        return continuations(channels.apply(doc, found));
    }

    /**
     * Decides once which statements go on from the one before: those without a source or cue close
     * behind it (a quotation that runs on), and those with a cue but no source in its very sentence
     * ("...," said the coach, admitting that ...). A cue whose speaker was not found in a later
     * sentence ("Americans might consider what ...") says nothing of who speaks, so it takes no one's
     * name.
     *
     * @param statements statements in text order
     * @return them, each marked as going on from the one before or not
     */
    public static List<Statement> continuations(List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            int gap = i == 0
                    ? Integer.MAX_VALUE
                    : s.sentence() - statements.get(i - 1).sentence();
            boolean continues = s.source() == null && (s.cue() == null ? gap <= CONTINUES : gap == 0);
            out.add(s.withContinuation(continues));
        }
        return out;
    }

    private static FindingRule step(
            String name, java.util.function.BiFunction<Draft, List<Statement>, List<Statement>> f) {
        return new FindingRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Statement> apply(Draft draft, List<Statement> found) {
                return f.apply(draft, found);
            }
        };
    }

    /**
     * Keeps each statement that shares no character with one already kept, the surest cue first and
     * then the largest content: "X said Y wants Z" is X's statement, not Y's wish. A statement a
     * that-clause holds whole gives way to the clause's report of it.
     *
     * @param statements statements that may overlap
     * @param lexicon how reliable each cue word is
     * @return the statements kept, in text order
     */
    static List<Statement> resolveOverlaps(List<Statement> statements, CueLexicon lexicon) {
        List<Statement> bySize = new ArrayList<>(statements);
        // "he informed the media that the Chief Minister has ordered ...": a clause that holds a whole
        // other statement is the report of it, however sure the inner cue.
        bySize.removeIf(s -> statements.stream().anyMatch(r -> r.rule().equals(ClauseComplement.NAME) && r.holds(s)));
        bySize.sort(Comparator.comparingDouble((Statement s) -> -surety(s, lexicon))
                .thenComparing(Comparator.comparingInt(Statements::size).reversed())
                .thenComparingInt(Statement::start));
        List<Statement> kept = new ArrayList<>();
        for (Statement s : bySize) {
            boolean clash = false;
            for (Statement k : kept) {
                if (s.clashes(k)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Statement::start));
        return kept;
    }

    /**
     * A few quoted words standing alone as what was said ("referred to a \u201csex tape\u201d", "released
     * \"medical records\"") are a phrase or a title the writer quotes, not a statement; a few words
     * followed by a verb of speaking and its speaker ("\u201cI love you,\u201d he said") are.
     */
    static boolean scareQuote(String text, List<Quotation> quotes, Statement s, CueLexicon lexicon) {
        if (s.content().size() != 1) {
            return false;
        }
        Span c = s.content().get(0);
        if (s.cue() != null
                && s.source() != null
                && s.cue().start() >= c.end()
                && s.cue().start() - c.end() <= CUE_AFTER
                && lexicon.reliability(s.cue().text()) >= CueLexicon.SPEECH
                && QuoteCues.endsUtterance(text, c.start(), c.end())
                && !text.substring(c.end(), s.cue().start()).matches("(?s).*[.!?\n].*")) {
            // "\u201cI love you,\u201d he said.": the words come first, then who said them.
            return false;
        }
        for (Quotation q : quotes) {
            if (q.start() == c.start() && q.end() == c.end()) {
                return QuoteCues.words(text, q) < QuoteCues.SCARE_WORDS && !endsSentence(text, q);
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, Quotation q) {
        for (int i = q.end() - 1; i > q.start(); i--) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                return false;
            }
            if (ch == '.' || ch == '?' || ch == '!') {
                return true;
            }
        }
        return false;
    }

    /** Statements introduced by the same cue are one statement ("A," he said, "B."). */
    static List<Statement> sameCue(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        Map<Integer, Integer> byCue = new HashMap<>();
        for (Statement s : statements) {
            Integer at = s.cue() == null ? null : byCue.get(s.cue().start());
            if (at == null) {
                if (s.cue() != null) {
                    byCue.put(s.cue().start(), out.size());
                }
                out.add(s);
                continue;
            }
            Statement first = out.get(at);
            List<Span> content = new ArrayList<>(first.content());
            content.addAll(s.content());
            content.sort(Comparator.comparingInt(Span::start));
            // The kind is set again when the boundaries are drawn.
            out.set(
                    at,
                    first.source() != null
                            ? first.withContent(content)
                            : first.with(first.kind(), s.source(), content).withSource(s.source(), s.sourceRule()));
        }
        out.sort(Comparator.comparingInt(Statement::start));
        return out;
    }

    /** Cue reliability, tempered where the form was seldom seen, in coarse steps, so that near-equal cues fall back on size. */
    private static double surety(Statement s, CueLexicon lexicon) {
        if (s.cue() == null) {
            return 0;
        }
        if (Labels.isLabelCue(s)) {
            // A labelled line holds everything said on it.
            return 1;
        }
        String first = s.cue().text().split("\\s+")[0];
        return Math.floor(lexicon.tempered(first) * 4) / 4;
    }

    private static int size(Statement s) {
        int n = 0;
        for (Span c : s.content()) {
            n += c.length();
        }
        return n;
    }
}
