package org.whosaid.article;

/** An input that cannot be read as articles; the message names the input and the reason. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    /**
     * @param input the input (file, and record within it)
     * @param reason why it cannot be read, in a few words
     */
    public InputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    /** @return the input: the file, and where a record of it is meant, the record ("x.warc record 3 at byte 812") */
    public String input() {
        return input;
    }

    /** @return why it cannot be read, in a few words */
    public String reason() {
        return reason;
    }

    /**
     * @param cause an exception from a parser or a stream
     * @return its message cut to one short line, for a reason; its type where it has none
     */
    static String brief(Throwable cause) {
        String m = cause.getMessage() == null
                ? ""
                : cause.getMessage()
                        .lines()
                        .findFirst()
                        .orElse("")
                        .replaceAll("\\p{Cntrl}", "?")
                        .strip();
        if (m.isEmpty()) {
            return cause.getClass().getSimpleName();
        }
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
