package org.whosaid.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerceptronTest {

    /**
     * A toy language: "said" is a cue, the name before it its source, and the words after it up to
     * the stop its content; other sentences are outside. Only the transitions can tell a word inside
     * content from the same word outside, so the tagger must use them.
     */
    private static List<Object[]> corpus(int n, long seed) {
        Random r = new Random(seed);
        String[] words = {"taxes", "will", "rise", "the", "plan", "fails", "voters", "agree"};
        List<Object[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<String> w = new ArrayList<>();
            List<Tag> t = new ArrayList<>();
            boolean statement = r.nextBoolean();
            if (statement) {
                w.add("Smith");
                t.add(Tag.B_SOURCE);
                w.add("said");
                t.add(Tag.B_CUE);
            }
            int len = 2 + r.nextInt(4);
            for (int i = 0; i < len; i++) {
                w.add(words[r.nextInt(words.length)]);
                t.add(statement ? (i == 0 ? Tag.B_CONTENT : Tag.I_CONTENT) : Tag.O);
            }
            w.add(".");
            t.add(Tag.O);
            String[][] f = new String[w.size()][];
            for (int i = 0; i < f.length; i++) {
                f[i] = new String[] {"w=" + w.get(i), "bias"};
            }
            out.add(new Object[] {f, t.toArray(Tag[]::new)});
        }
        return out;
    }

    private static Perceptron train(List<Object[]> data, long seed) {
        return Perceptron.train(sink -> data.forEach(d -> sink.accept((String[][]) d[0], (Tag[]) d[1])), 5, 1, seed);
    }

    @Test
    void learnsToTagContentByItsContext() {
        Perceptron p = train(corpus(400, 1), 1);
        int right = 0;
        int all = 0;
        for (Object[] d : corpus(200, 2)) {
            Tag[] guess = p.tag((String[][]) d[0]).tags();
            Tag[] gold = (Tag[]) d[1];
            for (int i = 0; i < gold.length; i++) {
                right += guess[i] == gold[i] ? 1 : 0;
                all++;
            }
        }
        assertEquals(1.0, (double) right / all, 0.001);
    }

    @Test
    void writtenAndReadTagsTheSameAndTheSameDataGiveTheSameFile() throws IOException {
        List<Object[]> data = corpus(300, 3);
        Perceptron p = train(data, 9).withOption("reads-rules", "false");
        StringWriter a = new StringWriter();
        p.write(a, List.of("a test model"));
        StringWriter b = new StringWriter();
        train(data, 9).withOption("reads-rules", "false").write(b, List.of("a test model"));
        assertEquals(a.toString(), b.toString());
        Perceptron back = Perceptron.read(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("false", back.option("reads-rules"));
        for (Object[] d : corpus(50, 4)) {
            assertArrayEquals(
                    p.tag((String[][]) d[0]).tags(), back.tag((String[][]) d[0]).tags());
        }
    }
}
