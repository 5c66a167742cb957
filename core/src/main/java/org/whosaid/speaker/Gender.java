package org.whosaid.speaker;

/** What the article or a name tells about a person's grammatical gender, for pronoun agreement. */
public enum Gender {
    /** Referred to as he / him / his. */
    MALE,
    /** Referred to as she / her. */
    FEMALE,
    /** Nothing tells. */
    UNKNOWN;

    /**
     * @param other another gender
     * @return whether a pronoun of one could refer to the other (unknown agrees with both)
     */
    public boolean agrees(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
