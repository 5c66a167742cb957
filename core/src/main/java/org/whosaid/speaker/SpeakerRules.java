package org.whosaid.speaker;

import java.util.List;
import org.whosaid.nlp.Relations;
import org.whosaid.nlp.Token;
import org.whosaid.statement.Statement;

/** The speaker rules, in their standard order; each is small and says when it applies. */
final class SpeakerRules {

    /** Sentences back that a pronoun source may still name the one just speaking. */
    private static final int SAME_SPEAKER_REACH = 2;

    private SpeakerRules() {}

    static List<SpeakerRule> standard(Pronouns pronouns, Descriptions descriptions) {
        return List.of(
                new Continuing(),
                new SameSpeaker(pronouns),
                new Named(),
                new Pronoun(pronouns),
                new Apposition(),
                new Described(descriptions));
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

        SameSpeaker(Pronouns pronouns) {
            this.pronouns = pronouns;
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
                    || s.sentence() - previous.sentence() > SAME_SPEAKER_REACH) {
                return List.of();
            }
            Cluster last = scene.clusters().clusters().get(previous.speaker());
            return pronouns.agrees(scene.doc(), head, last) ? List.of(previous.speaker()) : List.of();
        }
    }

    /** The source is, or holds, one of the article's names. */
    static final class Named implements SpeakerRule {
        @Override
        public String name() {
            return "name";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = scene.head(s);
            return head < 0 ? List.of() : one(scene.clusters().clusterAt(head));
        }
    }

    /** The source is a pronoun: the nearest entity before it that it agrees with. */
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
            return one(pronouns.resolve(scene.doc(), scene.clusters(), head, s.content(), scene.pronouns()));
        }
    }

    /** A name in apposition to the source ("his lawyer, Robert Kelner, said"). */
    static final class Apposition implements SpeakerRule {
        @Override
        public String name() {
            return "apposition";
        }

        @Override
        public List<Integer> resolve(Scene scene, Statement s, Statement previous) {
            int head = scene.head(s);
            if (head < 0 || scene.doc().tokens().get(head).pos().startsWith("PRP")) {
                return List.of();
            }
            for (Token c : scene.doc().children(head)) {
                if (c.relation().equals(Relations.APPOS) && scene.clusters().clusterAt(c.index()) >= 0) {
                    return List.of(scene.clusters().clusterAt(c.index()));
                }
            }
            return List.of();
        }
    }

    /** A description the article ties to a name: "the spokesman", "Mr Flynn's attorney". */
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
            int head = scene.head(s);
            if (head < 0 || scene.doc().tokens().get(head).pos().startsWith("PRP")) {
                return List.of();
            }
            return one(descriptions.resolve(scene.doc(), scene.clusters(), scene.titles(), head));
        }
    }
}
