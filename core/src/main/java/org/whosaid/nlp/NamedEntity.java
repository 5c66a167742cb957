package org.whosaid.nlp;

/**
 * A named-entity mention as the tagger found it: a run of tokens with one type.
 *
 * @param first document index of its first token
 * @param last document index one past its last token
 * @param start first character
 * @param end one past the last character
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code DATE}, ...
 * @param text the covered text
 */
public record NamedEntity(int first, int last, int start, int end, String type, String text) {}
