package org.whosaid.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.Sample;

class NameMentionsTest {

    private static List<String> texts(Sample s, List<NameMention> ms) {
        return ms.stream().map(m -> s.doc().text(m.start(), m.end())).toList();
    }

    @Test
    void honorificsBelongToTheMentionButNotToTheName() {
        Sample s = Sample.of("Mr Flynn's attorney said he would talk. Lt. Gen. Michael Flynn declined.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        List<String> spans = texts(s, ms);
        assertTrue(spans.contains("Mr Flynn"), spans.toString());
        NameMention flynn = ms.get(spans.indexOf("Mr Flynn"));
        assertEquals("Flynn", flynn.name());
        assertEquals(List.of("Mr"), flynn.honorifics());
        assertEquals(Gender.MALE, flynn.honorificGender());
        NameMention full = ms.stream()
                .filter(m -> m.name().equals("Michael Flynn"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("Lt.", "Gen."), full.honorifics());
    }

    @Test
    void pronounsAreNoNames() {
        Sample s = Sample.of("Hillary Clinton said she would win. Her campaign agreed.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        assertEquals(List.of("Hillary Clinton"), texts(s, ms));
    }

    @Test
    void organisationsAreNamedToo() {
        Sample s = Sample.of("The Federal Bureau of Investigation declined to comment, the FBI said.", null);
        List<NameMention> ms = new NameMentions().find(s.doc());
        assertTrue(ms.stream().allMatch(m -> m.type().equals(NameMention.ORGANIZATION)), ms.toString());
        assertTrue(texts(s, ms).contains("FBI"), texts(s, ms).toString());
    }
}
