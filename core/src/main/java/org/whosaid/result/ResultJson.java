package org.whosaid.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads and writes article results as JSON in the documented output format. */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultJson() {}

    /** @return the shared, configured mapper (thread safe) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param result an article result
     * @return its JSON text, indented
     */
    public static String write(ArticleResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param result an article result
     * @param file where to write its JSON
     * @throws IOException where the file cannot be written
     */
    public static void write(ArticleResult result, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), result);
    }

    /**
     * @param json the JSON text of an article result
     * @return the result
     * @throws IOException where the text is not such JSON
     */
    public static ArticleResult read(String json) throws IOException {
        return MAPPER.readValue(json, ArticleResult.class);
    }
}
