package org.whosaid.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the extraction's rules run, and in which order within their stage. The rules and what each
 * does are listed once, in {@code rules.tsv}; every rule runs unless it is switched off. Immutable.
 */
public final class Rules {

    /** The system property that names the only rules to run, in order, as {@code --rules} does. */
    public static final String ONLY_PROPERTY = "whosaid.rules";
    /** The system property that switches rules off, as {@code --without} does: names, comma separated. */
    public static final String WITHOUT_PROPERTY = "whosaid.rules.without";

    /** A rule of the catalogue: its name, the stage it belongs to, and what it does. */
    public record Entry(String name, String stage, String description) {}

    private static final Map<String, Entry> CATALOGUE = load();
    private static final Rules STANDARD = new Rules(List.copyOf(CATALOGUE.keySet()));

    private final List<String> order;
    private final Set<String> on;

    private Rules(List<String> order) {
        this.order = List.copyOf(order);
        this.on = Set.copyOf(order);
    }

    /** @return every rule on, in the catalogue's order */
    public static Rules standard() {
        return STANDARD;
    }

    /**
     * @return the rules the system properties {@value #ONLY_PROPERTY} (else every rule) and
     *     {@value #WITHOUT_PROPERTY} (none) give
     * @throws IllegalArgumentException where they name an unknown rule
     */
    public static Rules fromSystemProperties() {
        List<String> only = names(System.getProperty(ONLY_PROPERTY, ""));
        List<String> without = names(System.getProperty(WITHOUT_PROPERTY, ""));
        return (only.isEmpty() ? STANDARD : only(only)).without(without);
    }

    /**
     * @param list rule names, comma separated
     * @return them, blanks left out
     */
    public static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String n : list.split(",")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /** @return the catalogue: every rule, in its standard order */
    public static List<Entry> catalogue() {
        return List.copyOf(CATALOGUE.values());
    }

    /**
     * @param names rules to switch off
     * @return these rules without them
     * @throws IllegalArgumentException where a name is not a rule's
     */
    public Rules without(Collection<String> names) {
        Set<String> off = new LinkedHashSet<>();
        for (String n : names) {
            off.add(check(n));
        }
        List<String> kept = new ArrayList<>(order);
        kept.removeAll(off);
        return new Rules(kept);
    }

    /**
     * @param names the rules to run, in the order they run within each stage
     * @return rules where only these run
     * @throws IllegalArgumentException where a name is not a rule's
     */
    public static Rules only(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            if (!kept.contains(check(n))) {
                kept.add(n);
            }
        }
        return new Rules(kept);
    }

    /** @return whether the rule runs */
    public boolean on(String name) {
        return on.contains(name);
    }

    /**
     * @param rules the rules of one stage
     * @return those that run, in their configured order
     */
    public <R extends Rule> List<R> select(Collection<R> rules) {
        List<R> out = new ArrayList<>();
        for (String n : order) {
            for (R r : rules) {
                if (r.name().equals(n)) {
                    out.add(r);
                }
            }
        }
        return List.copyOf(out);
    }

    /** @return the names of the rules that run, in order */
    public List<String> names() {
        return order;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rules r && r.order.equals(order);
    }

    @Override
    public int hashCode() {
        return order.hashCode();
    }

    @Override
    public String toString() {
        return String.join(",", order);
    }

    private static String check(String name) {
        if (!CATALOGUE.containsKey(name)) {
            throw new IllegalArgumentException(
                    "no rule is called '" + name + "'; the rules are: " + String.join(", ", CATALOGUE.keySet()));
        }
        return name;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (InputStream in = Rules.class.getResourceAsStream("rules.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], new Entry(f[0], f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
