package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Entity;
import org.whosaid.result.Span;
import org.whosaid.statement.Rules;
import org.whosaid.statement.Statement;

/**
 * Groups the article's names into entities with their titles, and ties each statement to its speakers
 * through its source: a name, a pronoun, or a description the article ties to a name; a statement
 * that goes on from the one before takes its speakers. The ways of resolving are {@link SpeakerRule}s
 * run in order, the first that resolves a statement winning. Thread safe.
 */
public final class SpeakerResolver {

    private final NameMentions names = new NameMentions();
    private final EntityClusters clustering = new EntityClusters();
    private final Titles titling = new Titles();
    private final DescriptionTitles described = new DescriptionTitles();
    private final Pronouns pronouns = new Pronouns();
    private final List<SpeakerRule> rules;

    /** @param rules which rules run */
    public SpeakerResolver(Rules rules) {
        this.rules = rules.select(SpeakerRules.standard(pronouns, new Descriptions()));
    }

    /** A resolver with every rule. */
    public SpeakerResolver() {
        this(Rules.standard());
    }

    /**
     * @param doc the parsed article
     * @param statements its statements, in text order
     * @return the entities, and the statements with their speakers
     */
    public Cast resolve(Parsed doc, List<Statement> statements) {
        Clusters clusters = clustering.cluster(names.find(doc));
        List<Title> titles = new ArrayList<>(titling.find(doc, clusters));
        titles.addAll(described.find(doc, clusters, titles));
        Map<Integer, Integer> referents = new HashMap<>();
        for (int i = 0; i < clusters.mentions().size(); i++) {
            referents.put(clusters.mentions().get(i).head(), clusters.owner().get(i));
        }
        Map<Integer, Integer> resolved = new HashMap<>();
        for (Token t : doc.tokens()) {
            if (Pronouns.isPronoun(t.word()) && t.pos().startsWith("PRP")) {
                int who = pronouns.resolve(doc, clusters, t.index(), List.of(), resolved);
                if (who >= 0) {
                    resolved.put(t.index(), who);
                }
            }
        }
        referents.putAll(resolved);
        Scene scene = new Scene(doc, clusters, titles, Map.copyOf(resolved));
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            Statement previous = out.isEmpty() ? null : out.get(out.size() - 1);
            Statement said = s.withSpeakers(List.of(), null);
            for (SpeakerRule rule : rules) {
                List<Integer> who = rule.resolve(scene, s, previous);
                if (!who.isEmpty()) {
                    said = s.withSpeakers(who, rule.name());
                    break;
                }
            }
            int head = scene.head(s);
            if (head >= 0 && said.speaker() >= 0) {
                referents.put(head, said.speaker());
            }
            out.add(said);
        }
        return new Cast(entities(doc, clusters, titles), out, referents);
    }

    private static List<Entity> entities(Parsed doc, Clusters clusters, List<Title> titles) {
        List<Set<String>> titlesOf = new ArrayList<>();
        for (int c = 0; c < clusters.clusters().size(); c++) {
            titlesOf.add(new LinkedHashSet<>());
        }
        for (Title t :
                titles.stream().sorted(Comparator.comparingInt(Title::first)).toList()) {
            Set<String> got = titlesOf.get(clusters.owner().get(t.mention()));
            if (got.stream().noneMatch(x -> x.equalsIgnoreCase(t.text()))) {
                got.add(t.text());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (int c = 0; c < clusters.clusters().size(); c++) {
            Cluster cluster = clusters.clusters().get(c);
            List<Span> mentions = new ArrayList<>();
            for (int i : cluster.mentions()) {
                NameMention m = clusters.mentions().get(i);
                mentions.add(Span.of(doc.text(), m.start(), m.end()));
            }
            out.add(new Entity("e" + (c + 1), cluster.name(), cluster.type(), List.copyOf(titlesOf.get(c)), mentions));
        }
        return out;
    }
}
