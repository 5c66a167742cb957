package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whosaid.extract.Statement;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Token;
import org.whosaid.result.Entity;
import org.whosaid.result.Span;

/**
 * Groups the article's names into entities with their titles, and ties each statement to its speaker
 * through its source: a name, a pronoun, or a description the article ties to a name. A statement
 * without a source continues the one before it when it directly follows it.
 */
public final class SpeakerResolver {

    private final NameMentions names = new NameMentions();
    private final EntityClusters clustering = new EntityClusters();
    private final Titles titling = new Titles();
    private final DescriptionTitles described = new DescriptionTitles();
    private final Pronouns pronouns = new Pronouns();
    private final Descriptions descriptions = new Descriptions();

    /**
     * @param doc the parsed article
     * @param statements its statements, in text order
     * @return the entities and each statement's speaker
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
        List<Integer> speakers = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            int who;
            if (s.source() == null) {
                who = i > 0 && continues(statements.get(i - 1), s) ? speakers.get(i - 1) : -1;
            } else {
                int head = Phrases.headOf(doc, s.source());
                int previous = i > 0 ? speakers.get(i - 1) : -1;
                if (head >= 0
                        && previous >= 0
                        && s.sentence() - statements.get(i - 1).sentence() <= 2
                        && pronouns.agrees(doc, head, clusters.clusters().get(previous))) {
                    // '"...," he said' after a statement: he is the one who was just speaking.
                    who = previous;
                } else {
                    who = head < 0 ? -1 : refer(doc, clusters, titles, head, s.content(), resolved);
                }
                if (who >= 0) {
                    referents.put(head, who);
                }
            }
            speakers.add(who);
        }
        return new Cast(entities(doc, clusters, titles), speakers, referents);
    }

    /** A statement without a source continues the previous one in the same or the next sentence. */
    private static boolean continues(Statement previous, Statement s) {
        return s.sentence() - previous.sentence() <= 1;
    }

    /** Whom the phrase headed by a token names: a name, a pronoun, a name in apposition, a description. */
    private int refer(
            Parsed doc,
            Clusters clusters,
            List<Title> titles,
            int head,
            List<Span> content,
            Map<Integer, Integer> resolved) {
        int named = clusters.clusterAt(head);
        if (named >= 0) {
            return named;
        }
        Token t = doc.tokens().get(head);
        if (t.pos().startsWith("PRP")) {
            return pronouns.resolve(doc, clusters, head, content, resolved);
        }
        for (Token c : doc.children(head)) {
            if (c.relation().equals("appos") && clusters.clusterAt(c.index()) >= 0) {
                return clusters.clusterAt(c.index());
            }
        }
        return descriptions.resolve(doc, clusters, titles, head);
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
