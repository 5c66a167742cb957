package org.whosaid.speaker;

import java.util.List;
import java.util.Locale;
import org.whosaid.nlp.Token;
import org.whosaid.statement.Statement;

/** The speaker rules, in their standard order; each is small and says when it applies. */
final class SpeakerRules {

    /** Sentences back that a pronoun source may still name the one just speaking. */
    private static final int SAME_SPEAKER_REACH = 2;

    private SpeakerRules() {}

    static List<SpeakerRule> standard(Pronouns pronouns, Descriptions descriptions) {
        Groups groups = new Groups();
        return List.of(
                new Continuing(),
                new SameSpeaker(pronouns, groups),
                new Joint(groups),
                new Named(),
                new Group(groups),
                new Pronoun(pronouns),
                new Apposition(descriptions),
                new Relative(descriptions),
                new Document(descriptions),
                new Organisation(descriptions),
                new Described(descriptions),
                new HeldName());
    }

    /** The head of a statement's source that is no pronoun, or -1. */
    private static int nounHead(Scene scene, Statement s) {
        int head = scene.head(s);
        return head < 0 || scene.doc().tokens().get(head).pos().startsWith("PRP") ? -1 : head;
    }

    private static List<Integer> one(int who) {
        return who < 0 ? List.of() : List.of(who);
    }

    /** A statement without a source goes on from the one before it, and takes its speakers. */
    static final class Continuing implements SpeakerRule {
        @Override
        public String name() {
            return "continuing";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            return s.source() == null && s.continuation() && previous != null ? previous.speakers() : List.of();
        }
    }

    /** '"...," he said' after a statement: he is the one who was just speaking, where he can be. */
    static final class SameSpeaker implements SpeakerRule {
        private final Pronouns pronouns;
        private final Groups groups;

        SameSpeaker(Pronouns pronouns, Groups groups) {
            this.pronouns = pronouns;
            this.groups = groups;
        }

        @Override
        public String name() {
            return "same-speaker";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = scene.head(s);
            if (head < 0
                    || previous == null
                    || previous.speaker() < 0
                    || s.sentence() - scene.lastSentence(previous) > SAME_SPEAKER_REACH) {
                return List.of();
            }
            if (previous.speakers().size() > 1) {
                // '"...," they said' after a joint statement: the same group.
                boolean same = Groups.isPlural(scene.doc(), head)
                        && groups.antecedent(scene.doc(), scene.clusters(), head)
                                .map(previous.speakers()::equals)
                                .orElse(true);
                return same ? previous.speakers() : List.of();
            }
            Cluster last = scene.clusters().clusters().get(previous.speaker());
            boolean agrees = pronouns.agrees(scene.doc(), head, last) || itAfterThing(scene, head, previous);
            return agrees && !otherSince(scene, s, previous, head) ? List.of(previous.speaker()) : List.of();
        }

        /**
         * "it says" after "the note says", "the report found": the document or organisation the
         * statement before named as its source, whoever stands behind it.
         */
        private static boolean itAfterThing(Scene scene, int pronoun, Statement previous) {
            String word = scene.doc().tokens().get(pronoun).word().toLowerCase(Locale.ROOT);
            int before = scene.head(previous);
            if (!word.equals("it") || before < 0) {
                return false;
            }
            Token t = scene.doc().tokens().get(before);
            String noun = t.lemma().toLowerCase(Locale.ROOT);
            return t.pos().equals("NN")
                    && (DocumentSources.isDocumentNoun(noun) || OrganisationDescriptions.isOrganisationNoun(noun));
        }

        /**
         * Someone else the pronoun can be is named after the statement before, outside this statement's
         * words ("... the howls of wolves.' Trump has record low support ... He recently pitched").
         */
        private boolean otherSince(Scene scene, Statement s, Statement previous, int pronoun) {
            int to = scene.doc().tokens().get(pronoun).start();
            Clusters clusters = scene.clusters();
            for (int m = 0; m < clusters.mentions().size(); m++) {
                NameMention mention = clusters.mentions().get(m);
                int who = clusters.owner().get(m);
                if (mention.start() >= previous.end()
                        && mention.start() < to
                        && who != previous.speaker()
                        && s.content().stream().noneMatch(c -> c.start() <= mention.start() && mention.end() <= c.end())
                        && pronouns.agrees(
                                scene.doc(), pronoun, clusters.clusters().get(who))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The source coordinates names: "Mr. Clyburn and Mr. Butterfield said". */
    static final class Joint implements SpeakerRule {
        private final Groups groups;

        Joint(Groups groups) {
            this.groups = groups;
        }

        @Override
        public String name() {
            return "joint";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = nounHead(scene, s);
            return head < 0 ? List.of() : groups.coordinated(scene.doc(), scene.clusters(), head, s.source());
        }
    }

    /** "They said", "the two countries", "each": the group of names just before, if the plural names one. */
    static final class Group implements SpeakerRule {
        private final Groups groups;

        Group(Groups groups) {
            this.groups = groups;
        }

        @Override
        public String name() {
            return "group";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = scene.head(s);
            if (head < 0 || !Groups.isPlural(scene.doc(), head)) {
                return List.of();
            }
            return groups.antecedent(scene.doc(), scene.clusters(), head).orElse(List.of());
        }
    }

    /** The source is, or holds, one of the article's names. */
    static final class Named implements SpeakerRule {

        /** Most words of an office's "of X" between a role and the name ("Chair of Judges"). */
        private static final int OFFICE_OF = 4;

        @Override
        public String name() {
            return "name";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = scene.head(s);
            if (head < 0 || Groups.joinsUnnamed(scene.doc(), scene.clusters(), head)) {
                // "RT and its defenders said": more people than the name, whom the article leaves unnamed
                return List.of();
            }
            int who = scene.clusters().clusterAt(head);
            return one(who >= 0 ? who : titled(scene, s, head));
        }

        /**
         * A role right before a person's name ("nominee Gov. Mike Pence (R-IN)", "Chair of Judges Esi
         * Edugyan"), which the parser took for the phrase's head: the person.
         */
        private static int titled(Scene scene, Statement s, int head) {
            Token role = scene.doc().tokens().get(head);
            if (!role.isNoun() || !RoleNouns.isRole(role.lemma().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            List<Token> tokens = scene.doc().tokens();
            for (int next = head + 1; next < tokens.size() && next <= head + OFFICE_OF; next++) {
                Token t = tokens.get(next);
                if (t.end() > s.source().end()) {
                    return -1;
                }
                int who = scene.clusters().clusterAt(next);
                if (who >= 0) {
                    // "a harsh critic of Mr. Peña Nieto": the person right after "of" is another
                    boolean afterOf = tokens.get(next - 1).word().equals("of");
                    return scene.clusters().clusters().get(who).isPerson() && !afterOf ? who : -1;
                }
                if (!(next > head + 1 ? t.pos().startsWith("NNP") : t.word().equals("of"))) {
                    return -1; // only the office's "of X" may stand between the role and the name
                }
            }
            return -1;
        }
    }

    /**
     * The source is a pronoun: the nearest entity before it that it agrees with. Where the statement
     * just before was made by someone the article leaves unnamed ("A senior official said ... He added
     * ..."), "he" or "she" is that person, and stays unnamed, unless a name it agrees with comes between.
     */
    static final class Pronoun implements SpeakerRule {
        private final Pronouns pronouns;

        Pronoun(Pronouns pronouns) {
            this.pronouns = pronouns;
        }

        @Override
        public String name() {
            return "pronoun";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = scene.head(s);
            if (head < 0 || !scene.doc().tokens().get(head).pos().startsWith("PRP")) {
                return List.of();
            }
            int who = pronouns.resolve(scene.doc(), scene.clusters(), head, s.content(), scene.pronouns());
            if (who >= 0 && unnamedJustBefore(scene, s, previous, head) && !namedSince(scene, who, previous, head)) {
                return List.of();
            }
            return one(who);
        }

        /** The statement before was made by an unnamed source ("a senior official"), whom the pronoun can be. */
        private static boolean unnamedJustBefore(Scene scene, Statement s, Statement previous, int pronoun) {
            if (previous == null
                    || !previous.speakers().isEmpty()
                    || s.sentence() - previous.sentence() > SAME_SPEAKER_REACH) {
                return false;
            }
            int source = nounHead(scene, previous);
            if (source < 0 || source >= pronoun || scene.clusters().clusterAt(source) >= 0) {
                return false;
            }
            Token noun = scene.doc().tokens().get(source);
            String word = scene.doc().tokens().get(pronoun).word().toLowerCase(Locale.ROOT);
            boolean singular = word.startsWith("he") || word.startsWith("she") || word.startsWith("hi");
            String lemma = noun.lemma().toLowerCase(Locale.ROOT);
            // Only the nouns of sources left unnamed ("official", "spokesman"): "one questioner asked ...
            // 'You're right,' he said" is the one answering, and "his ex-wife" someone the article names.
            return singular && noun.pos().equals("NN") && UnnamedSources.isUnnamedNoun(lemma);
        }

        /** A mention of the entity stands between the statement before and the pronoun. */
        private static boolean namedSince(Scene scene, int who, Statement previous, int pronoun) {
            int from = previous.source().end();
            int to = scene.doc().tokens().get(pronoun).start();
            for (int m : scene.clusters().clusters().get(who).mentions()) {
                int at = scene.clusters().mentions().get(m).start();
                if (at >= from && at < to) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A name in apposition to the source ("his lawyer, Robert Kelner, said"; "a former minister" after a name). */
    static final class Apposition implements SpeakerRule {
        private final Descriptions descriptions;

        Apposition(Descriptions descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public String name() {
            return "apposition";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = nounHead(scene, s);
            return head < 0 ? List.of() : one(descriptions.apposed(scene.doc(), scene.clusters(), head));
        }
    }

    /** "Stumpf, who ..." or "a minister who is a critic of ...": what the relative clause is about. */
    static final class Relative implements SpeakerRule {
        private final Descriptions descriptions;

        Relative(Descriptions descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public String name() {
            return "relative-pronoun";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = nounHead(scene, s);
            return head < 0
                    ? List.of()
                    : one(descriptions.relative(scene.doc(), scene.clusters(), scene.titles(), head));
        }
    }

    /** A document speaks for the one who wrote it: "the IMF report", "an analysis by Lily Batchelder". */
    static final class Document implements SpeakerRule {
        private final Descriptions descriptions;

        Document(Descriptions descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public String name() {
            return "document";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = nounHead(scene, s);
            return head < 0 ? List.of() : descriptions.documentAuthors(scene.doc(), scene.clusters(), head);
        }
    }

    /** "The bank", "the network": the organisation the article describes so. */
    static final class Organisation implements SpeakerRule {
        private final Descriptions descriptions;

        Organisation(Descriptions descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public String name() {
            return "organisation";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = nounHead(scene, s);
            return head < 0 ? List.of() : one(descriptions.organisation(scene.doc(), scene.clusters(), head));
        }
    }

    /** A person's role the article ties to a name: "the spokesman", "Mr Flynn's attorney", "the president". */
    static final class Described implements SpeakerRule {
        private final Descriptions descriptions;

        Described(Descriptions descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public String name() {
            return "description";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = nounHead(scene, s);
            return head < 0 ? List.of() : one(descriptions.role(scene.doc(), scene.clusters(), scene.titles(), head));
        }
    }

    /**
     * A source whose head is no name, pronoun or description, as where the parser went astray
     * ("Pointing to ..., sector regulator IMDA told") or in a headline's label ("A lesson from Loretta
     * Lynch: ..."): the first name in it that no preposition other than "from" or "by", possessive or
     * role makes someone else's ("Clinton camp"); in a label, the first such person.
     */
    static final class HeldName implements SpeakerRule {
        private static final String LABEL = "label-line";

        @Override
        public String name() {
            return "held-name";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = scene.head(s);
            if (head < 0) {
                return List.of();
            }
            Token h = scene.doc().tokens().get(head);
            boolean label = LABEL.equals(s.rule());
            if (!label && (h.isNoun() || h.pos().startsWith("PRP") || h.pos().startsWith("W"))) {
                return List.of();
            }
            Clusters clusters = scene.clusters();
            for (NameMention m : clusters.mentions()) {
                if (m.start() < s.source().start() || m.end() > s.source().end()) {
                    continue;
                }
                Token t = scene.doc().tokens().get(m.head());
                String r = t.relation();
                Token of = t.head() < 0 ? null : scene.doc().tokens().get(t.head());
                // "Clinton camp", "Mr Flynn's lawyer": the name says whose, not who
                boolean from = Description.hasCase(scene.doc(), t, "from", "by");
                boolean someoneElses = (r.startsWith("nmod") || r.startsWith("obl")) && !from
                        || (r.startsWith("compound")
                                && of != null
                                && (OrganisationDescriptions.isOrganisationNoun(
                                                of.lemma().toLowerCase(Locale.ROOT))
                                        || RoleNouns.isRole(of.lemma())));
                int who = clusters.owner().get(clusters.mentions().indexOf(m));
                if (!someoneElses && (!label || clusters.clusters().get(who).isPerson())) {
                    List<Integer> partners = Groups.partners(scene.doc(), clusters, m.head());
                    return partners.isEmpty() ? List.of(who) : partners;
                }
            }
            return List.of();
        }
    }
}
