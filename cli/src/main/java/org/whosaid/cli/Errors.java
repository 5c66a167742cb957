package org.whosaid.cli;

/** One-line error messages on standard error, never a stack trace. */
final class Errors {

    private Errors() {}

    static synchronized void report(String message) {
        System.err.println("whosaid: " + message);
        System.err.flush();
    }
}
