package org.whosaid.speaker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.extract.Statement;
import org.whosaid.nlp.NamedEntity;
import org.whosaid.nlp.Parsed;
import org.whosaid.result.Entity;
import org.whosaid.result.Span;

/** Groups the article's name mentions into entities and ties each statement to its speaker. */
public final class SpeakerResolver {

    /**
     * @param doc the parsed article
     * @param statements its statements
     * @return the entities and each statement's speaker
     */
    public Cast resolve(Parsed doc, List<Statement> statements) {
        Map<String, List<NamedEntity>> byName = new LinkedHashMap<>();
        for (NamedEntity ne : doc.entities()) {
            if (ne.type().equals("PERSON") || ne.type().equals("ORGANIZATION")) {
                byName.computeIfAbsent(ne.text(), k -> new ArrayList<>()).add(ne);
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (List<NamedEntity> group : byName.values()) {
            List<Span> mentions = group.stream().map(n -> Span.of(doc.text(), n.start(), n.end())).toList();
            entities.add(new Entity("e" + (entities.size() + 1), group.get(0).text(), group.get(0).type(),
                    List.of(), mentions));
        }
        List<Integer> speakers = new ArrayList<>();
        for (Statement s : statements) {
            int who = -1;
            for (int i = 0; s.source() != null && i < entities.size() && who < 0; i++) {
                for (Span m : entities.get(i).mentions()) {
                    if (s.source().contains(m)) {
                        who = i;
                        break;
                    }
                }
            }
            speakers.add(who);
        }
        return new Cast(entities, speakers);
    }
}
