package org.whosaid.store;

/**
 * A person or organisation as the store knows it: its store-wide id, name and type.
 *
 * @param id the store id, usable with {@link Store#speaker(String)}
 * @param name the name
 * @param type {@code PERSON} or {@code ORGANIZATION}
 */
public record EntityRef(String id, String name, String type) {}
