package org.whosaid.store;

import java.util.List;

/**
 * A person or organisation across the stored articles.
 *
 * <p>Entities of different articles are one record only when their full names are equal after
 * normalisation (case, diacritics, honorifics and punctuation set aside); {@link #mergeKey} is that
 * normalised name. A person named by a single word (a surname, "Mr Spicer") is never joined to
 * anyone: such a record is local to its article ({@link #local} is true).
 *
 * @param id the store id
 * @param name the most frequent name of the record
 * @param type {@code PERSON} or {@code ORGANIZATION}
 * @param local whether the record belongs to a single article (it was not named fully there)
 * @param mergeKey the normalised name that joins the record's appearances
 * @param aliases every name under which the record appears (entity names and mention texts)
 * @param titles titles and roles, each with the dates and articles it was seen in
 * @param appearances the evidence: one entry per article entity joined into this record
 * @param statements the record's statements, newest first (first page)
 */
public record SpeakerRecord(
        String id,
        String name,
        String type,
        boolean local,
        String mergeKey,
        List<String> aliases,
        List<TitleSeen> titles,
        List<Appearance> appearances,
        SearchPage<StatementHit> statements) {

    /** Copies the lists so the record stays immutable. */
    public SpeakerRecord {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        appearances = List.copyOf(appearances);
    }
}
