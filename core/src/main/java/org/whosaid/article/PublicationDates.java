package org.whosaid.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar day of a publication time as the publisher wrote it: "2017-03-31T14:02:00+01:00",
 * "Fri, 31 Mar 2017 23:30:00 -0500" and "March 31, 2017" are all 31 March 2017. The day is taken as
 * written, not moved to another time zone, because that is the day the article's "today" refers to.
 */
final class PublicationDates {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private PublicationDates() {}

    /**
     * @param value a date or date-time as found in a page, feed or record, or null
     * @return its calendar day, or null where it holds none
     */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return null;
        }
        Matcher iso = ISO.matcher(value);
        if (iso.find()) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        if (dmy.find()) {
            LocalDate d = named(dmy.group(3), dmy.group(2), dmy.group(1));
            if (d != null) {
                return d;
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(value);
        while (mdy.find()) {
            LocalDate d = named(mdy.group(3), mdy.group(1), mdy.group(2));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate named(String year, String month, String day) {
        String m = month.toLowerCase(Locale.ROOT);
        Integer number = m.length() < 3 ? null : MONTHS.get(m.substring(0, 3));
        return number == null ? null : day(year, number.toString(), day);
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
