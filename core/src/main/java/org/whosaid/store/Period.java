package org.whosaid.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an ISO 8601 date covers at its precision: a day, a month ({@code 2017-03}) or a year
 * ({@code 2017}), as epoch days, both ends inclusive.
 *
 * @param first the first day
 * @param last the last day
 */
record Period(long first, long last) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    /**
     * @param iso a date at day, month or year precision (a time after {@code T} is ignored), or null
     * @return the days it covers; empty where it is absent or not such a date
     */
    static Optional<Period> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new Period(
                        LocalDate.of(year, 1, 1).toEpochDay(),
                        LocalDate.of(year, 12, 31).toEpochDay()));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new Period(
                        month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay()));
            }
            long day = month.atDay(Integer.parseInt(m.group(3))).toEpochDay();
            return Optional.of(new Period(day, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
