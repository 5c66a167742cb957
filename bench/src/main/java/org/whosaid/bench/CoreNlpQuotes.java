package org.whosaid.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import org.whosaid.eval.GoldCorpus;
import org.whosaid.eval.ScoredArticle;
import org.whosaid.result.ResultJson;

/**
 * The baseline of the comparison benchmark: Stanford CoreNLP's own quote extraction and attribution
 * over the texts of a gold folder, written as predictions in whosaid's format (content: the quote with
 * its marks; source: the speaker mention CoreNLP links it to, where it finds one; no cue), and timed.
 *
 * <p>Usage: {@code CoreNlpQuotes GOLD_DIR OUT_DIR THREADS REPEAT}. Prints the throughput as JSON.
 */
public final class CoreNlpQuotes {

    private CoreNlpQuotes() {}

    /**
     * @param args gold folder, output folder, threads, repeats
     * @throws Exception where the corpus cannot be read or the output written
     */
    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int repeat = Integer.parseInt(args[3]);
        GoldCorpus corpus = GoldCorpus.load(gold);
        Files.createDirectories(out);

        long t0 = System.nanoTime();
        List<StanfordCoreNLP> pipelines = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            pipelines.add(new StanfordCoreNLP(properties(i)));
        }
        double load = (System.nanoTime() - t0) / 1e9;

        Map<String, List<Map<String, Object>>> predictions = new ConcurrentHashMap<>();
        Throughput.Meter meter = new Throughput.Meter();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < repeat; r++) {
                LinkedBlockingQueue<ScoredArticle> queue =
                        new LinkedBlockingQueue<>(corpus.articles().values());
                meter.start();
                List<Future<?>> workers = new ArrayList<>();
                for (StanfordCoreNLP pipeline : pipelines) {
                    workers.add(pool.submit(() -> {
                        for (ScoredArticle a = queue.poll(); a != null; a = queue.poll()) {
                            predictions.put(a.name(), quotes(pipeline, a.text().string()));
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
                meter.stop();
            }
        } finally {
            pool.shutdownNow();
        }
        for (Map.Entry<String, List<Map<String, Object>>> e : predictions.entrySet()) {
            write(out.resolve(e.getKey() + ".json"), e.getValue());
        }
        System.err.println(pipelines.get(0).timingInformation());
        Throughput throughput = meter.result(threads, corpus.articles().size(), corpus.tokenCount(), load);
        System.err.println("CoreNLP quote attribution " + throughput.describe());
        System.out.println(ResultJson.mapper().writeValueAsString(throughput.json()));
    }

    /**
     * The annotators CoreNLP's quote attribution needs, with their defaults (statistical coreference
     * on dependency parses). Each thread gets its own quote annotator, which keeps per-document state;
     * the other annotators are shared through CoreNLP's annotator cache.
     */
    private static Properties properties(int thread) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("quote.benchmarkThread", Integer.toString(thread));
        return p;
    }

    /** The top-level quotes of a text, as prediction objects. */
    private static List<Map<String, Object>> quotes(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Map<String, Object>> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
            Map<String, Object> a = new LinkedHashMap<>();
            Integer begin = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer end = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            a.put(
                    "source",
                    begin == null || end == null
                            ? null
                            : span(
                                    text,
                                    tokens.get(begin).beginPosition(),
                                    tokens.get(end).endPosition()));
            a.put("cue", null);
            a.put(
                    "content",
                    List.of(span(
                            text,
                            q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))));
            out.add(a);
        }
        return out;
    }

    private static Map<String, Object> span(String text, int start, int end) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("start", start);
        s.put("end", end);
        s.put("text", text.substring(start, end));
        return s;
    }

    private static void write(Path file, List<Map<String, Object>> attributions) throws IOException {
        ResultJson.mapper().writeValue(file.toFile(), Map.of("attributions", attributions));
    }
}
