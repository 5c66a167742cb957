package org.whosaid.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads JSON Lines, one article a line: {@code {"id", "url", "title", "outlet", "published", "text"}},
 * only {@code text} required. Streams line by line; a bad line is reported with its number and
 * passed over, the rest still read. Blank lines are ignored.
 */
public final class JsonLinesReader implements ArticleReader {

    /** Longest line read, in bytes. */
    static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Path input, ArticleSink sink) throws InputException {
        String name = input.toString();
        ReadSummary.Tally tally = new ReadSummary.Tally(name, "lines");
        try (InputStream in = Files.newInputStream(input)) {
            BoundedLines lines = new BoundedLines(in, MAX_LINE_BYTES);
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.bytes() != null && isBlank(line.bytes())) {
                    continue;
                }
                tally.record();
                try {
                    sink.article(article(input, line));
                    tally.article();
                } catch (InputException e) {
                    tally.damaged();
                    sink.problem(e);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        sink.finished(tally.summary());
    }

    private static Article article(Path input, BoundedLines.Line line) throws InputException {
        String where = input + " line " + line.number();
        if (line.bytes() == null) {
            throw new InputException(where, "longer than " + Bytes.human(MAX_LINE_BYTES) + ", passed over");
        }
        JsonNode node;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.bytes()))
                    .toString();
            node = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new InputException(where, "not UTF-8 text");
        } catch (JacksonException e) {
            throw new InputException(where, "not JSON (" + InputException.brief(e) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(where, "not a JSON object");
        }
        String text = string(node, "text", where);
        if (text == null || text.isBlank()) {
            throw new InputException(where, "no \"text\"");
        }
        String url = string(node, "url", where);
        String published = string(node, "published", where);
        LocalDate day = PublicationDates.parse(published);
        if (published != null && day == null) {
            throw new InputException(where, "\"published\" is not a date: " + published);
        }
        String id = string(node, "id", where);
        if (id == null) {
            id = url != null ? ArticleIds.fromUrl(url) : Inputs.baseName(input) + "-" + line.number();
        }
        return new Article(id, text, string(node, "title", where), url, string(node, "outlet", where), day, where);
    }

    /** A field's text: strings as they are, numbers as written; null where absent or null. */
    private static String string(JsonNode node, String field, String where) throws InputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new InputException(where, "\"" + field + "\" is not a string");
        }
        String s = v.asText();
        return s.isBlank() && !"text".equals(field) ? null : s;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
