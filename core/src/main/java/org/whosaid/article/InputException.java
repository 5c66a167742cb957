package org.whosaid.article;

/** An input that cannot be read as articles; the message names the input and the reason. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param input the input (file, and record within it)
     * @param reason why it cannot be read, in a few words
     */
    public InputException(String input, String reason) {
        super(input + ": " + reason);
    }
}
