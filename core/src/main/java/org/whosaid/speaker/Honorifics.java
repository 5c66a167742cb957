package org.whosaid.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that stand before a name: courtesy titles (Mr, Ms, Dr, Sir, Dame), which say nothing about a
 * role, and office titles (President, Senator, General, Rev.), which are roles. The list is
 * {@code honorifics.tsv}; every other part of whosaid that needs to know an honorific asks here.
 */
public final class Honorifics {

    private static final Set<String> COURTESY = new HashSet<>();
    private static final Set<String> OFFICES = new HashSet<>();
    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Map<String, String> ABBREVIATIONS = new HashMap<>();

    static {
        for (String[] f : WordLists.rows("honorifics.tsv")) {
            String word = f[0].toLowerCase(Locale.ROOT);
            (f[1].equals("courtesy") ? COURTESY : OFFICES).add(word);
            if (!f[2].equals("-")) {
                GENDERS.put(word, Gender.valueOf(f[2].toUpperCase(Locale.ROOT)));
            }
            if (!f[3].equals("-")) {
                ABBREVIATIONS.put(word, f[3]);
            }
        }
    }

    private Honorifics() {}

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * @param word a token
     * @return whether it is a courtesy title such as Mr, Ms or Dr
     */
    public static boolean isCourtesy(String word) {
        return Character.isUpperCase(word.charAt(0)) && COURTESY.contains(key(word));
    }

    /**
     * @param word a token
     * @return whether it is a capitalised office title such as President, Sen. or General
     */
    public static boolean isOffice(String word) {
        return Character.isUpperCase(word.charAt(0)) && OFFICES.contains(key(word));
    }

    /**
     * @param word a token
     * @return whether it is a courtesy or office title that may stand before a name
     */
    public static boolean isHonorific(String word) {
        return isCourtesy(word) || isOffice(word);
    }

    /**
     * @param word a word in any case, with or without a full stop
     * @return whether it is listed as a courtesy or office title, whatever its case ("mr", "Sen.")
     */
    public static boolean isListed(String word) {
        String k = key(word);
        return COURTESY.contains(k) || OFFICES.contains(k);
    }

    /**
     * @param word a token
     * @return the gender the title implies (Mr: male, Mrs: female), or unknown
     */
    public static Gender gender(String word) {
        return GENDERS.getOrDefault(key(word), Gender.UNKNOWN);
    }

    /**
     * @param word a role noun or office title
     * @return its plain lower-case form, abbreviations spelled out (Sen. becomes senator)
     */
    public static String role(String word) {
        String k = key(word);
        return ABBREVIATIONS.getOrDefault(k, k);
    }

    /**
     * @param word a token
     * @return whether it is an abbreviated office title ("Sen.", "Gov.", "Lt.")
     */
    static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.containsKey(key(word)) && OFFICES.contains(key(word));
    }
}
