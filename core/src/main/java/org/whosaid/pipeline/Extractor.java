package org.whosaid.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.whosaid.article.Article;
import org.whosaid.extract.CueLexicon;
import org.whosaid.extract.Datelines;
import org.whosaid.extract.Paragraphs;
import org.whosaid.extract.StatementSentences;
import org.whosaid.extract.Statements;
import org.whosaid.nlp.Linguistics;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;
import org.whosaid.speaker.Cast;
import org.whosaid.speaker.SpeakerResolver;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;
import org.whosaid.time.StatementDater;

/**
 * The extraction pipeline, in one place: linguistic pass, statements (the rules', then those a further
 * finder adds), speakers, dates, result, and last each statement's confidence. Each stage takes the
 * statements with what the stages before gave them and returns them with more.
 * Thread safe: one instance serves every thread of a JVM.
 */
public final class Extractor {

    private final Linguistics linguistics;
    private final Rules rules;
    private final Statements statements;
    private final SpeakerResolver speakers;
    private final StatementDater dater;
    private final StatementSentences dated;
    private final StatementReview review;
    private final Paragraphs paragraphs = new Paragraphs();
    private final ConfidenceEstimator confidence;

    /**
     * @param linguistics the loaded linguistic pass
     * @param rules which rules run
     */
    public Extractor(Linguistics linguistics, Rules rules) {
        this(linguistics, rules, null, null);
    }

    /**
     * @param linguistics the loaded linguistic pass
     * @param rules which rules run
     * @param review reviews the rules' statements where its rule is on, or null
     * @param confidence estimates each statement's confidence, or null to leave it unset
     */
    public Extractor(Linguistics linguistics, Rules rules, StatementReview review, ConfidenceEstimator confidence) {
        this.linguistics = linguistics;
        this.rules = rules;
        this.review = review != null && rules.on(review.rule()) ? review : null;
        this.confidence = confidence;
        CueLexicon cues = CueLexicon.standard();
        this.statements = new Statements(cues, rules);
        this.dated = new StatementSentences(cues);
        this.speakers = new SpeakerResolver(rules);
        this.dater = new StatementDater();
    }

    /** @param linguistics the loaded linguistic pass; every rule runs */
    public Extractor(Linguistics linguistics) {
        this(linguistics, Rules.standard());
    }

    /** @return the rules this extractor runs */
    public Rules rules() {
        return rules;
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
        if (review != null) {
            List<Statement> kept = new ArrayList<>(review.review(doc, found));
            kept.sort(Comparator.comparingInt(Statement::start));
            found = Statements.continuations(kept);
        }
        if (rules.on(Paragraphs.RULE)) {
            found = paragraphs.split(doc, found);
        }
        if (rules.on(Datelines.RULE)) {
            found = Datelines.trim(doc.text(), found);
        }
        Cast cast = speakers.resolve(doc, found);
        List<Statement> said = dater.dates(doc, cast);
        List<Attribution> attributions = new ArrayList<>(said.size());
        for (Statement s : said) {
            attributions.add(attribution("a" + (attributions.size() + 1), s, cast.entities()));
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

    private static Attribution attribution(String id, Statement s, List<Entity> entities) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int who : s.speakers()) {
            ids.add(entities.get(who).id());
            names.add(entities.get(who).name());
        }
        return new Attribution(
                id,
                s.kind(),
                s.source(),
                s.cue(),
                s.content(),
                ids.isEmpty() ? null : ids.get(0),
                ids,
                names.isEmpty() ? null : String.join(" and ", names),
                s.date(),
                s.channel(),
                s.rules(),
                null);
    }
}
