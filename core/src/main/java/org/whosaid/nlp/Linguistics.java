package org.whosaid.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The linguistic pass: Stanford CoreNLP's tokenizer, sentence splitter, tagger, lemmatiser, entity
 * tagger with SUTime and dependency parser, turned into our own {@link Parsed} view.
 *
 * <p>Loading takes seconds and memory, so one instance serves a whole JVM; {@link #parse} may be
 * called from several threads at once.
 */
public final class Linguistics {

    private static volatile Linguistics shared;

    private final StanfordCoreNLP pipeline;
    private final TimeWords times;

    private Linguistics(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
        this.times = new TimeWords();
    }

    /** @return the annotator settings: only what the extraction stages read, for speed */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        // A blank line always ends a sentence: headlines and paragraphs never run together.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // The coarse three-class model plus SUTime is all we need; the fine-grained pass costs most of NER.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // SUTime inside NER would run over every sentence and cost most of the pass; TimeWords runs it
        // only on sentences that have a time word.
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.docdate.usePresent", "false");
        return p;
    }

    /**
     * The JVM's shared instance, loaded on first use.
     *
     * @return the loaded pipeline
     */
    public static Linguistics shared() {
        Linguistics l = shared;
        if (l == null) {
            synchronized (Linguistics.class) {
                l = shared;
                if (l == null) {
                    l = new Linguistics(defaultProperties());
                    shared = l;
                }
            }
        }
        return l;
    }

    /**
     * Runs the linguistic pass on a text.
     *
     * @param text the article text
     * @param published the date relative times resolve against, or null
     * @return the parsed article
     */
    public Parsed parse(String text, LocalDate published) {
        return parse(text, published, TimeScope.ALL);
    }

    /**
     * Runs the linguistic pass on a text, resolving time expressions only where they are wanted.
     *
     * @param text the article text
     * @param published the date relative times resolve against, or null
     * @param scope the sentences whose time expressions are wanted
     * @return the parsed article
     */
    public Parsed parse(String text, LocalDate published, TimeScope scope) {
        Annotation doc = new Annotation(Apostrophes.straight(text));
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        pipeline.annotate(doc);
        boolean[] wanted = scope == TimeScope.ALL ? null : scope.select(view(doc, text, published, Map.of()));
        return view(doc, text, published, times.annotate(doc, wanted));
    }

    private static Parsed view(Annotation doc, String text, LocalDate published, Map<CoreLabel, Timex> timexes) {
        List<Token> tokens = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        List<NamedEntity> entities = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int[] heads = new int[labels.size()];
            String[] relations = new String[labels.size()];
            Arrays.fill(heads, -1);
            Arrays.fill(relations, Relations.DEP);
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    int d = e.getDependent().index() - 1;
                    heads[d] = first + e.getGovernor().index() - 1;
                    relations[d] = e.getRelation().toString();
                }
                for (IndexedWord root : graph.getRoots()) {
                    relations[root.index() - 1] = Relations.ROOT;
                }
            }
            int si = bounds.size();
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String word = text.substring(l.beginPosition(), l.endPosition());
                Timex timex = timexes.get(l);
                String ner = l.ner() == null ? "O" : l.ner();
                if (timex != null && "O".equals(ner)) {
                    ner = timex.timexType();
                }
                tokens.add(new Token(
                        first + i,
                        si,
                        l.beginPosition(),
                        l.endPosition(),
                        word,
                        l.tag(),
                        l.lemma(),
                        ner,
                        timex == null ? null : timex.value(),
                        heads[i],
                        relations[i]));
            }
            int start = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            int paragraph =
                    Sentence.paragraphAfter(text, bounds.isEmpty() ? null : bounds.get(bounds.size() - 1), start);
            bounds.add(new int[] {paragraph, start, end, first, tokens.size()});
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                    int a = first + mt.get(0).index() - 1;
                    int b = first + mt.get(mt.size() - 1).index();
                    int cs = mt.get(0).beginPosition();
                    int ce = mt.get(mt.size() - 1).endPosition();
                    entities.add(new NamedEntity(
                            a,
                            b,
                            cs,
                            ce,
                            m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                            text.substring(cs, ce)));
                }
            }
        }
        List<Token> frozen = List.copyOf(tokens);
        List<Sentence> sentences = new ArrayList<>(bounds.size());
        for (int[] b : bounds) {
            sentences.add(new Sentence(sentences.size(), b[0], b[1], b[2], b[3], frozen.subList(b[3], b[4])));
        }
        return new Parsed(text, published, frozen, sentences, entities);
    }
}
