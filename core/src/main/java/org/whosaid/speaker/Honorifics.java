package org.whosaid.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that stand before a name: courtesy titles (Mr, Ms, Dr), which say nothing about a role, and
 * office titles (President, Senator, General), which are roles.
 */
public final class Honorifics {

    private static final Map<String, Gender> COURTESY = Map.ofEntries(
            Map.entry("mr", Gender.MALE),
            Map.entry("mister", Gender.MALE),
            Map.entry("messrs", Gender.MALE),
            Map.entry("sir", Gender.MALE),
            Map.entry("lord", Gender.MALE),
            Map.entry("ms", Gender.FEMALE),
            Map.entry("mrs", Gender.FEMALE),
            Map.entry("miss", Gender.FEMALE),
            Map.entry("dame", Gender.FEMALE),
            Map.entry("lady", Gender.FEMALE),
            Map.entry("mx", Gender.UNKNOWN),
            Map.entry("dr", Gender.UNKNOWN));

    private static final Map<String, Gender> GENDERED_OFFICES = Map.of(
            "congressman",
            Gender.MALE,
            "congresswoman",
            Gender.FEMALE,
            "king",
            Gender.MALE,
            "queen",
            Gender.FEMALE,
            "prince",
            Gender.MALE,
            "princess",
            Gender.FEMALE,
            "father",
            Gender.MALE,
            "sheikh",
            Gender.MALE,
            "chairman",
            Gender.MALE,
            "chairwoman",
            Gender.FEMALE);

    private static final Set<String> OFFICES = Set.of(
            "president",
            "vice",
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "gov",
            "governor",
            "lt",
            "secretary",
            "general",
            "gen",
            "col",
            "colonel",
            "maj",
            "capt",
            "captain",
            "adm",
            "admiral",
            "sgt",
            "sergeant",
            "cmdr",
            "commander",
            "judge",
            "justice",
            "chancellor",
            "minister",
            "premier",
            "mayor",
            "pope",
            "king",
            "queen",
            "prince",
            "princess",
            "sheikh",
            "rev",
            "reverend",
            "father",
            "bishop",
            "cardinal",
            "rabbi",
            "imam",
            "prof",
            "professor",
            "ambassador",
            "chairman",
            "chairwoman",
            "speaker",
            "attorney",
            "prime",
            "chief",
            "sec",
            "supt",
            "superintendent",
            "coach",
            "detective",
            "officer",
            "inspector",
            "sheriff",
            "councillor",
            "councilman",
            "councilwoman",
            "commissioner",
            "agent");

    /** Role nouns that name the same role under another word, by their first word. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "sen",
            "senator",
            "rep",
            "representative",
            "gov",
            "governor",
            "gen",
            "general",
            "col",
            "colonel",
            "capt",
            "captain",
            "adm",
            "admiral",
            "sgt",
            "sergeant",
            "prof",
            "professor",
            "rev",
            "reverend");

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
        return Character.isUpperCase(word.charAt(0)) && COURTESY.containsKey(key(word));
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
     * @param word a token
     * @return the gender the title implies (Mr: male, Mrs: female), or unknown
     */
    public static Gender gender(String word) {
        String k = key(word);
        return COURTESY.getOrDefault(k, GENDERED_OFFICES.getOrDefault(k, Gender.UNKNOWN));
    }

    /**
     * @param word a role noun or office title
     * @return its plain lower-case form, abbreviations spelled out (Sen. becomes senator)
     */
    public static String role(String word) {
        String k = key(word);
        return ABBREVIATIONS.getOrDefault(k, k);
    }
}
