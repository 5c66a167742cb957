package org.whosaid.result;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a statement reports what was said. */
public enum Kind {
    /** All content inside quotation marks. */
    DIRECT,
    /** Reported speech without quotation marks. */
    INDIRECT,
    /** Paraphrase with quoted words inside it. */
    MIXED;

    /** @return the name used in JSON: {@code direct}, {@code indirect} or {@code mixed} */
    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
