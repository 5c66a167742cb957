package org.whosaid.learn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.whosaid.nlp.NamedEntity;
import org.whosaid.nlp.Parsed;
import org.whosaid.nlp.Sentence;
import org.whosaid.nlp.Token;

/**
 * Parsed articles kept on disk, so that training again skips the linguistic pass: one gzipped file per
 * article, valid only for the same text (its digest is kept with it).
 */
public final class ParseCache {

    /** Bumped whenever what a parse holds changes (3: the opening sentences carry their time values where a statement points back to an event). */
    private static final String MAGIC = "whosaid-parse 3";

    private final Path dir;

    /** @param dir the folder of the cache (created when first written) */
    public ParseCache(Path dir) {
        this.dir = dir;
    }

    /**
     * @param name the article's name
     * @param text its text
     * @return its parse as kept, or null where none is kept for this text
     * @throws IOException when a kept file cannot be read
     */
    public Parsed get(String name, String text) throws IOException {
        Path file = file(name);
        if (!Files.exists(file)) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            if (!MAGIC.equals(r.readLine()) || !digest(text).equals(r.readLine())) {
                return null;
            }
            String date = r.readLine();
            LocalDate published = date.equals("-") ? null : LocalDate.parse(date);
            List<Token> tokens = new ArrayList<>();
            List<int[]> bounds = new ArrayList<>();
            List<NamedEntity> entities = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "S" -> {
                        // The paragraph is worked out again from the text, so that a kept parse follows the
                        // current notion of a paragraph.
                        int start = Integer.parseInt(f[2]);
                        int paragraph = Sentence.paragraphAfter(
                                text, bounds.isEmpty() ? null : bounds.get(bounds.size() - 1), start);
                        bounds.add(new int[] {paragraph, start, Integer.parseInt(f[3]), tokens.size()});
                    }
                    case "T" -> {
                        int start = Integer.parseInt(f[1]);
                        int end = Integer.parseInt(f[2]);
                        tokens.add(new Token(
                                tokens.size(),
                                bounds.size() - 1,
                                start,
                                end,
                                text.substring(start, end),
                                f[3],
                                unescape(f[4]),
                                f[5],
                                f[6].isEmpty() ? null : unescape(f[6]),
                                Integer.parseInt(f[7]),
                                f[8]));
                    }
                    case "E" ->
                        entities.add(new NamedEntity(
                                Integer.parseInt(f[1]),
                                Integer.parseInt(f[2]),
                                Integer.parseInt(f[3]),
                                Integer.parseInt(f[4]),
                                f[5],
                                text.substring(Integer.parseInt(f[3]), Integer.parseInt(f[4]))));
                    default -> throw new IOException(file + ": unknown line " + f[0]);
                }
            }
            List<Token> frozen = List.copyOf(tokens);
            List<Sentence> sentences = new ArrayList<>(bounds.size());
            for (int i = 0; i < bounds.size(); i++) {
                int[] b = bounds.get(i);
                int last = i + 1 < bounds.size() ? bounds.get(i + 1)[3] : frozen.size();
                sentences.add(new Sentence(i, b[0], b[1], b[2], b[3], frozen.subList(b[3], last)));
            }
            return new Parsed(text, published, frozen, sentences, entities);
        }
    }

    /**
     * @param name the article's name
     * @param doc its parse
     * @throws IOException when the file cannot be written
     */
    public void put(String name, Parsed doc) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(name + ".parse.gz.tmp");
        try (BufferedWriter w = new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
            w.write(MAGIC + "\n" + digest(doc.text()) + "\n");
            w.write((doc.published() == null ? "-" : doc.published().toString()) + "\n");
            for (Sentence s : doc.sentences()) {
                w.write("S\t" + s.paragraph() + "\t" + s.start() + "\t" + s.end() + "\n");
                for (Token t : s.tokens()) {
                    w.write(String.join(
                                    "\t",
                                    "T",
                                    Integer.toString(t.start()),
                                    Integer.toString(t.end()),
                                    t.pos(),
                                    escape(t.lemma()),
                                    t.ner(),
                                    t.timex() == null ? "" : escape(t.timex()),
                                    Integer.toString(t.head()),
                                    t.relation())
                            + "\n");
                }
            }
            for (NamedEntity e : doc.entities()) {
                w.write("E\t" + e.first() + "\t" + e.last() + "\t" + e.start() + "\t" + e.end() + "\t" + e.type()
                        + "\n");
            }
        }
        Files.move(tmp, file(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Path file(String name) {
        return dir.resolve(name + ".parse.gz");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String digest(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
