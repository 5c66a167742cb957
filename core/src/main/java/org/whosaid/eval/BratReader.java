package org.whosaid.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one brat annotation file of PolNeAR into gold statements. One statement per event ({@code E})
 * line, its roles {@code Source}, {@code Cue} and {@code Content} (a numbered role such as
 * {@code Content2} merges into its role); text-bound ({@code T}) spans may be discontinuous; events
 * without content are dropped; other lines (notes, continuation lines of span texts that hold a
 * newline) are skipped.
 */
public final class BratReader {

    private static final String DIGITS = "\\p{Nd}+";
    private static final Pattern T_LINE = Pattern.compile(
            "^(T" + DIGITS + ")\\t([^" + CharClasses.SPACE + "]+) (" + DIGITS + " " + DIGITS + "(?:;" + DIGITS + " "
                    + DIGITS + ")*)(?:\\t|$)",
            Pattern.UNIX_LINES);
    private static final Pattern E_LINE = Pattern.compile("^(E" + DIGITS + ")\\t(.*)$", Pattern.UNIX_LINES);
    private static final Pattern ROLE_NUMBER = Pattern.compile(DIGITS + "$", Pattern.UNIX_LINES);

    private BratReader() {}

    /**
     * @param annotations the text of a {@code .ann} file (newlines already {@code \n})
     * @param article the article it annotates
     * @param stats where dropped and unusual statements are counted
     * @return the gold statements, in file order
     */
    static List<ScoredAttribution> read(String annotations, ScoredArticle article, GoldStats.Tally stats) {
        Map<String, List<Fragment>> spans = new HashMap<>();
        List<List<String[]>> events = new ArrayList<>();
        for (String line : annotations.split("\n", -1)) {
            Matcher t = T_LINE.matcher(line);
            if (t.find()) {
                List<Fragment> fragments = new ArrayList<>();
                for (String piece : t.group(3).split(";")) {
                    List<String> ends = CharClasses.split(piece);
                    fragments.add(new Fragment(number(ends.get(0)), number(ends.get(1))));
                }
                spans.put(t.group(1), fragments);
                continue;
            }
            Matcher e = E_LINE.matcher(line);
            if (e.find()) {
                List<String[]> args = new ArrayList<>();
                for (String arg : CharClasses.split(e.group(2))) {
                    int colon = arg.indexOf(':');
                    if (colon >= 0) {
                        args.add(new String[] {arg.substring(0, colon), arg.substring(colon + 1)});
                    }
                }
                events.add(args);
            }
        }
        List<ScoredAttribution> out = new ArrayList<>(events.size());
        for (List<String[]> args : events) {
            Map<Role, List<Fragment>> roles = new EnumMap<>(Role.class);
            for (Role r : Role.values()) {
                roles.put(r, new ArrayList<>());
            }
            for (String[] arg : args) {
                Role role = roleOf(arg[0]);
                List<Fragment> span = spans.get(arg[1]);
                if (role != null && span != null) {
                    roles.get(role).addAll(span);
                }
            }
            Extent content = Extent.normalise(roles.get(Role.CONTENT), article.text());
            if (content.isEmpty()) {
                stats.droppedNoContent++;
                continue;
            }
            ScoredAttribution a = ScoredAttribution.of(
                    article,
                    Extent.normalise(roles.get(Role.CUE), article.text()),
                    Extent.normalise(roles.get(Role.SOURCE), article.text()),
                    content);
            out.add(a);
            if (content.fragments().size() > 1) {
                stats.discontinuousContent++;
            }
            if (a.source().isEmpty()) {
                stats.noSource++;
            }
            if (a.cue().isEmpty()) {
                stats.noCue++;
            }
        }
        return out;
    }

    /** The role of an event argument: its name without trailing digits, any case; null for others. */
    private static Role roleOf(String name) {
        String bare = ROLE_NUMBER.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
        for (Role r : Role.values()) {
            if (r.label().equals(bare)) {
                return r;
            }
        }
        return null;
    }

    /** An offset; beyond the range of int it is clamped (the text is shorter anyway). */
    private static int number(String digits) {
        BigInteger n = new BigInteger(digits);
        return n.bitLength() < 32 ? n.intValue() : Integer.MAX_VALUE;
    }
}
