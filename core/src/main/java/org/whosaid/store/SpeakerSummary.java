package org.whosaid.store;

/**
 * A speaker in a list: who, and how much the store holds about them.
 *
 * @param id the store id
 * @param name the record's name
 * @param type {@code PERSON} or {@code ORGANIZATION}
 * @param local whether the record belongs to a single article
 * @param articles how many articles mention the record
 * @param statements how many stored statements the record made
 */
public record SpeakerSummary(String id, String name, String type, boolean local, long articles, long statements) {}
