package org.whosaid.statement;

/** A named rule of the extraction: it can be switched off, and the statements it makes carry its name. */
public interface Rule {

    /** @return the rule's name, as {@link Rules} lists it */
    String name();
}
