package org.whosaid.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.whosaid.article.Article;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;
import org.whosaid.speaker.Cast;
import org.whosaid.speaker.SpeakerResolver;
import org.whosaid.time.StatementDater;

/**
 * The extraction pipeline, in one place: linguistic pass, statements (the rules', then those a further
 * finder adds), speakers, dates, and last the confidence of each statement.
 * Thread safe: one instance serves every thread of a JVM.
 */
public final class Extractor {

    private final Linguistics linguistics;
    private final StatementFinder statements;
    private final SpeakerResolver speakers;
    private final StatementDater dater;
    private final StatementSentences dated;
    private final StatementAdder adder;
    private final ConfidenceEstimator confidence;

    /**
     * An extractor with the rules alone, without confidence.
     *
     * @param linguistics the loaded linguistic pass
     */
    public Extractor(Linguistics linguistics) {
        this(linguistics, null, null);
    }

    /**
     * @param linguistics the loaded linguistic pass
     * @param adder adds what the rules missed, or null for the rules alone
     * @param confidence estimates each statement's confidence, or null to leave it unset
     */
    public Extractor(Linguistics linguistics, StatementAdder adder, ConfidenceEstimator confidence) {
        this.linguistics = linguistics;
        this.adder = adder;
        this.confidence = confidence;
        CueLexicon cues = CueLexicon.standard();
        this.statements = new Statements(cues);
        this.dated = new StatementSentences(cues);
        this.speakers = new SpeakerResolver();
        this.dater = new StatementDater();
    }

    /**
     * @param article an article
     * @return its statements, speakers and entities
     */
    public ArticleResult extract(Article article) {
        return extract(article, parse(article));
    }

    /**
     * @param article an article
     * @return its linguistic pass, as {@link #extract(Article)} runs it
     */
    public Parsed parse(Article article) {
        return linguistics.parse(article.text(), article.published(), dated);
    }

    /**
     * @param article an article
     * @param doc its linguistic pass, from {@link #parse(Article)}
     * @return its statements, speakers and entities
     */
    public ArticleResult extract(Article article, Parsed doc) {
        List<Statement> found = statements.find(doc);
        Set<Statement> added = Collections.newSetFromMap(new IdentityHashMap<>());
        if (adder != null) {
            added.addAll(adder.add(doc, found));
            found = new ArrayList<>(found);
            found.addAll(added);
            found.sort(Comparator.comparingInt(Statement::start));
        }
        Cast cast = speakers.resolve(doc, found);
        List<String> dates = dater.dates(doc, found, cast);
        List<Attribution> attributions = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Statement s = found.get(i);
            int who = cast.speakers().get(i);
            Entity speaker = who < 0 ? null : cast.entities().get(who);
            attributions.add(new Attribution(
                    "a" + (i + 1),
                    s.kind(),
                    s.source(),
                    s.cue(),
                    s.content(),
                    speaker == null ? null : speaker.id(),
                    null,
                    speaker == null ? null : speaker.name(),
                    dates.get(i),
                    s.channel(),
                    added.contains(s) ? adder.rule() : "rules",
                    null));
        }
        if (confidence != null) {
            attributions = confidence.estimate(doc, attributions);
        }
        return new ArticleResult(
                article.id(),
                article.published() == null ? null : article.published().toString(),
                article.title(),
                article.url(),
                article.outlet(),
                article.text(),
                cast.entities(),
                attributions);
    }
}
