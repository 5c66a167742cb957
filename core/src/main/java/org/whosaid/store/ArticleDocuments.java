package org.whosaid.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.whosaid.result.ArticleResult;
import org.whosaid.result.Attribution;
import org.whosaid.result.Entity;
import org.whosaid.result.Span;

/**
 * Turns a stored article into its index documents: the article itself, one per statement and one
 * per entity appearance. They are added as one block, so a commit holds all of an article or none.
 */
final class ArticleDocuments {

    /** Sort key of statements by article (doc values only). */
    static final String ARTICLE_SORT = "article_sort";
    /** Speaker id of appearances (doc values only), for grouping. */
    static final String APPEARANCE_SPEAKER = "appearance_speaker";
    /** Merge key of an appearance's record (stored). */
    static final String KEY = "key";
    /** Entity type of an appearance (stored). */
    static final String ENTITY_TYPE = "entity_type";
    /** Stored JSON of an article's summary. */
    static final String SUMMARY = "summary";

    private ArticleDocuments() {}

    /**
     * @param article the article as it is stored
     * @param keys for each entity id, its merge key, or absent for a local record
     * @return its documents, the article's first
     */
    static List<Document> of(StoredArticle article, Map<String, String> keys) {
        List<Document> docs = new ArrayList<>();
        List<StatementHit> hits = hits(article);
        docs.add(articleDoc(article, hits.size()));
        Period published = Period.parse(article.published()).orElse(null);
        for (Entity e : article.result().entities()) {
            docs.add(appearanceDoc(article, e, keys.get(e.id()), published));
        }
        for (int i = 0; i < hits.size(); i++) {
            docs.add(statementDoc(
                    article, hits.get(i), article.result().attributions().get(i), i));
        }
        return docs;
    }

    /**
     * @param article a stored article
     * @return its statements as search hits (score 0), in text order
     */
    static List<StatementHit> hits(StoredArticle article) {
        ArticleResult r = article.result();
        List<StatementHit> hits = new ArrayList<>();
        for (Attribution a : r.attributions()) {
            List<EntityRef> about = about(r, a).stream()
                    .map(e -> new EntityRef(article.speakerIds().get(e.id()), e.name(), e.type()))
                    .toList();
            String speakerId = a.speaker() == null ? null : article.speakerIds().get(a.speaker());
            List<EntityRef> speakers = speakers(r, a).stream()
                    .map(e -> new EntityRef(article.speakerIds().get(e.id()), e.name(), e.type()))
                    .toList();
            String effective = Period.parse(a.date()).isPresent() ? a.date() : article.published();
            hits.add(new StatementHit(
                    article.id(),
                    a.id(),
                    0f,
                    speakerId,
                    a.speakerName(),
                    speakers,
                    a.kind(),
                    a.source(),
                    a.cue(),
                    a.content(),
                    a.date(),
                    a.channel(),
                    a.confidence(),
                    effective,
                    about,
                    article.title(),
                    article.outlet(),
                    article.url(),
                    article.published()));
        }
        return hits;
    }

    /** The entities that made the statement, in the statement's order. */
    private static List<Entity> speakers(ArticleResult r, Attribution a) {
        List<Entity> out = new ArrayList<>();
        for (String id : a.speakers()) {
            r.entities().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** The entities the statement's content mentions. */
    private static List<Entity> about(ArticleResult r, Attribution a) {
        return r.entities().stream().filter(e -> mentionedIn(e, a.content())).toList();
    }

    private static boolean mentionedIn(Entity e, List<Span> content) {
        for (Span m : e.mentions()) {
            for (Span c : content) {
                if (c.contains(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Document base(String type, String articleId) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, type, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, articleId, Field.Store.YES));
        return d;
    }

    private static Document articleDoc(StoredArticle a, int statements) {
        Document d = base(Fields.ARTICLE, a.id());
        d.add(new StringField(Fields.HASH, a.contentHash(), Field.Store.YES));
        Period.parse(a.published()).ifPresent(p -> d.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, p.first())));
        d.add(new StoredField(Fields.JSON, Json.write(a)));
        d.add(new StoredField(
                SUMMARY,
                Json.write(new ArticleSummary(a.id(), a.title(), a.outlet(), a.url(), a.published(), statements))));
        return d;
    }

    private static Document appearanceDoc(StoredArticle a, Entity e, String key, Period published) {
        String speakerId = a.speakerIds().get(e.id());
        Document d = base(Fields.APPEARANCE, a.id());
        d.add(new StringField(Fields.SPEAKER_ID, speakerId, Field.Store.YES));
        d.add(new SortedDocValuesField(APPEARANCE_SPEAKER, new BytesRef(speakerId)));
        d.add(new TextField(Fields.SPEAKER_NAMES, String.join("\n", names(e)), Field.Store.NO));
        if (published != null) {
            d.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, published.first()));
        }
        d.add(new StoredField(KEY, key == null ? "" : key));
        d.add(new StoredField(ENTITY_TYPE, e.type()));
        d.add(new StoredField(
                Fields.JSON,
                Json.write(new Appearance(a.id(), e.id(), e.name(), e.titles(), a.published(), e.mentions()))));
        return d;
    }

    private static Document statementDoc(StoredArticle a, StatementHit hit, Attribution at, int order) {
        Document d = base(Fields.STATEMENT, a.id());
        d.add(new SortedDocValuesField(ARTICLE_SORT, new BytesRef(a.id())));
        d.add(new NumericDocValuesField(Fields.ORDER, order));
        d.add(new TextField(
                Fields.CONTENT,
                String.join("\n", hit.content().stream().map(Span::text).toList()),
                Field.Store.NO));
        Set<String> speakerNames = new LinkedHashSet<>();
        // A joint statement is found under each of its speakers, by id and by every name.
        Set<String> speakerIds = new LinkedHashSet<>();
        for (Entity e : speakers(a.result(), at)) {
            speakerIds.add(a.speakerIds().get(e.id()));
            speakerNames.addAll(names(e));
        }
        speakerIds.forEach(id -> d.add(new StringField(Fields.SPEAKER_ID, id, Field.Store.YES)));
        if (hit.speakerName() != null) {
            speakerNames.add(hit.speakerName());
        }
        if (hit.speakerId() == null && hit.source() != null) {
            // The source names the speaker only where nothing better does: "Trump's spokesman" is not Trump.
            speakerNames.add(hit.source().text());
        }
        d.add(new TextField(Fields.SPEAKER_NAMES, String.join("\n", speakerNames), Field.Store.NO));
        Set<String> aboutNames = new LinkedHashSet<>();
        for (EntityRef e : hit.about()) {
            d.add(new StringField(Fields.ABOUT_ID, e.id(), Field.Store.NO));
        }
        about(a.result(), at).forEach(e -> aboutNames.addAll(names(e)));
        d.add(new TextField(Fields.ABOUT_NAMES, String.join("\n", aboutNames), Field.Store.NO));
        d.add(new TextField(Fields.OUTLET, a.outlet() == null ? "" : a.outlet(), Field.Store.NO));
        Period.parse(hit.effectiveDate()).ifPresent(p -> {
            int[] first = {(int) p.first()};
            int[] last = {(int) p.last()};
            d.add(new IntRange(Fields.PERIOD, first, last));
            if (p.first() != p.last()) {
                d.add(new IntRange(Fields.LONG_PERIOD, first, last));
            }
            d.add(new NumericDocValuesField(Fields.DAY, p.first()));
        });
        if (at.confidence() != null) {
            d.add(new DoubleField(Fields.CONFIDENCE, at.confidence(), Field.Store.NO));
        }
        d.add(new StoredField(Fields.JSON, Json.write(hit)));
        return d;
    }

    private static Set<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        e.mentions().forEach(m -> names.add(m.text()));
        return names;
    }
}
