package org.whosaid.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.nlp.Token;

/**
 * Turns a time expression's normalised value into the date of a past event at the text's precision.
 * The tagger resolves "on Saturday" or "in September" without year to the nearest such day or month,
 * which may lie after the publication date; what was said cannot have been said later, so such a
 * value moves back one week (weekdays) or one year (months and days of a month).
 */
final class TimeValue {

    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?");
    private static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private TimeValue() {}

    /**
     * @param value the tagger's normalised value ("2017-03-31", "2017-09", "2017-W12", "2017-03-31TNI")
     * @param words the tokens of the expression
     * @param published the publication date, or null
     * @return the ISO 8601 date of the event at the text's precision, or null where the value is no date
     */
    static String pastDate(String value, List<Token> words, LocalDate published) {
        if (value == null) {
            return null;
        }
        Matcher w = WEEK.matcher(value);
        if (w.find()) {
            return monthOf(w, published == null || hasYear(words) ? null : published);
        }
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        String date = m.group();
        if (published == null || hasYear(words)) {
            return date;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (!d.isAfter(published)) {
                return date;
            }
            return (isWeekday(words) ? d.minusWeeks(1) : d.minusYears(1)).toString();
        }
        if (m.group(2) != null) {
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return ym.isAfter(YearMonth.from(published)) ? ym.minusYears(1).toString() : date;
        }
        return date;
    }

    /**
     * A week or a weekend is given as the month it falls in, the precision readers and annotators use
     * ("over the weekend" in a story of 2019-02-11 is 2019-02): the month of its Thursday, which holds
     * most of its days, or of the weekend's Saturday. "Last weekend" that the tagger resolved to the
     * coming one moves back a week first.
     *
     * @param published the publication date, or null to take the week as it is
     */
    private static String monthOf(Matcher w, LocalDate published) {
        LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                .with(DayOfWeek.MONDAY);
        boolean weekend = w.group(3) != null;
        LocalDate first = weekend ? monday.plusDays(5) : monday;
        if (published != null && first.isAfter(published)) {
            monday = monday.minusWeeks(1);
        }
        return YearMonth.from(monday.plusDays(weekend ? 5 : 3)).toString();
    }

    private static boolean hasYear(List<Token> words) {
        return words.stream().anyMatch(t -> t.word().matches("\\d{4}|'\\d{2}|’\\d{2}"));
    }

    private static boolean isWeekday(List<Token> words) {
        return words.stream().anyMatch(t -> WEEKDAYS.contains(t.word().toLowerCase(Locale.ROOT)));
    }
}
