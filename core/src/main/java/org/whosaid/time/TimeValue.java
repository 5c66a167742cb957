package org.whosaid.time;

import java.time.LocalDate;
import java.time.YearMonth;
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

    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W\\d{2})?");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private TimeValue() {
    }

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
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        String date = m.group();
        if (published == null || m.group(2) == null && date.length() > 4 || hasYear(words)) {
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

    private static boolean hasYear(List<Token> words) {
        return words.stream().anyMatch(t -> t.word().matches("\\d{4}|'\\d{2}|’\\d{2}"));
    }

    private static boolean isWeekday(List<Token> words) {
        return words.stream().anyMatch(t -> WEEKDAYS.contains(t.word().toLowerCase(Locale.ROOT)));
    }
}
