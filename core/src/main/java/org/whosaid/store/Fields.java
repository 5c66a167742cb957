package org.whosaid.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The index's field names and how each text field is analysed. Every document has a {@link #TYPE}:
 * an article, a statement, or an appearance (one article entity counted as one speaker record).
 */
final class Fields {

    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String STATEMENT = "statement";
    static final String APPEARANCE = "appearance";

    /** Article id (on every document). */
    static final String ARTICLE_ID = "article_id";
    /** Text hash (articles). */
    static final String HASH = "hash";
    /** Stored JSON of the document's record. */
    static final String JSON = "json";
    /** Stored JSON of the article's entity id to speaker id map. */
    static final String SPEAKER_MAP = "speaker_map";
    /** Publication day, epoch days (articles, appearances), for sorting. */
    static final String PUBLISHED_DAY = "published_day";

    /** Statement content, English analysis. */
    static final String CONTENT = "content";
    /** Speaker store id (statements, appearances). */
    static final String SPEAKER_ID = "speaker_id";
    /** Names of the speaker in the article (statements), or of the entity (appearances). */
    static final String SPEAKER_NAMES = "speaker_names";
    /** Names of the people and organisations in the content (statements). */
    static final String ABOUT_NAMES = "about_names";
    /** Store ids of the people and organisations in the content (statements). */
    static final String ABOUT_ID = "about_id";
    /** Article outlet words (statements). */
    static final String OUTLET = "outlet";
    /** Days the statement's effective date covers (statements), an int range. */
    static final String PERIOD = "period";
    /**
     * The same range on statements dated to a month or a year only (format 2): the few that a period
     * search cannot find by their first day alone.
     */
    static final String LONG_PERIOD = "period_long";
    /** First day of the effective date, for sorting (statements); the index is sorted on it (format 2). */
    static final String DAY = "day";
    /** The statement's confidence (statements that have one; format 2), for filtering. */
    static final String CONFIDENCE = "confidence";
    /** Position of the statement in its article, for sorting. */
    static final String ORDER = "order";

    /** Name fields: words, lower case, without diacritics. */
    static final Analyzer NAMES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    /** Content: English stemming and stop words. */
    static final Analyzer ENGLISH = new EnglishAnalyzer();

    /** The analyzer of every field. */
    static final Analyzer ALL = new PerFieldAnalyzerWrapper(NAMES, Map.of(CONTENT, ENGLISH));

    private Fields() {}
}
