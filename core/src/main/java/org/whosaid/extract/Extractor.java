package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
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
 * The extraction pipeline, in one place: linguistic pass, statements, speakers, dates.
 * Thread safe: one instance serves every thread of a JVM.
 */
public final class Extractor {

    private final Linguistics linguistics;
    private final StatementFinder statements;
    private final SpeakerResolver speakers;
    private final StatementDater dater;
    private final StatementSentences dated;

    /**
     * @param linguistics the loaded linguistic pass
     */
    public Extractor(Linguistics linguistics) {
        this.linguistics = linguistics;
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
        Parsed doc = linguistics.parse(article.text(), article.published(), dated);
        List<Statement> found = statements.find(doc);
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
                    "rules",
                    null));
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
