package org.whosaid.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters, answering 400 with the parameter's name and the reason when one is bad. */
final class Params {

    /** The longest value a text parameter may have. */
    static final int MAX_TEXT = 1_000;

    private Params() {}

    /**
     * @param message what is wrong with the request
     * @return the exception that answers 400 with that message
     */
    static BadRequestResponse bad(String message) {
        return new BadRequestResponse(message);
    }

    /**
     * @param ctx a request
     * @param name a query parameter
     * @return its value without surrounding white space; null where absent or blank
     */
    static String text(Context ctx, String name) {
        return clean(name, ctx.queryParam(name), MAX_TEXT);
    }

    /**
     * @param name the name of a value, for the message
     * @param value the value, or null
     * @param max the longest value allowed
     * @return the value without surrounding white space; null where absent or blank
     */
    static String clean(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw bad(name + ": longer than " + max + " characters");
        }
        return value.strip();
    }

    /**
     * @param ctx a request
     * @param name a query parameter holding a day (YYYY-MM-DD)
     * @return the day, or null where absent
     */
    static LocalDate date(Context ctx, String name) {
        return day(name, text(ctx, name));
    }

    /**
     * @param name the name of a value, for the message
     * @param value a day (YYYY-MM-DD), or null
     * @return the day, or null where the value is absent or blank
     */
    static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name + ": not a date (YYYY-MM-DD): '" + value + "'");
        }
    }

    /**
     * @param ctx a request
     * @param name a query parameter holding a whole number
     * @param absent the value where the parameter is absent
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the number
     */
    static int integer(Context ctx, String name, int absent, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(name + ": not a whole number: '" + value + "'");
        }
        if (n < min || n > max) {
            throw bad(name + ": must be " + min + ".." + max + ", not " + n);
        }
        return n;
    }

    /**
     * @param ctx a request
     * @param name a query parameter holding a number from 0 to 1
     * @return the number, or null where absent
     */
    static Double fraction(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        double x;
        try {
            x = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw bad(name + ": not a number: '" + value + "'");
        }
        if (!(x >= 0 && x <= 1)) {
            throw bad(name + ": must be 0..1, not " + value);
        }
        return x;
    }
}
