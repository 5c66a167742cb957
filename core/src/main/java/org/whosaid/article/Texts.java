package org.whosaid.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole file as checked UTF-8 text: not missing, not empty, not binary, not oversized. */
public final class Texts {

    /** Largest file read whole, in bytes. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private Texts() {}

    /**
     * @param file a file
     * @return its text
     * @throws InputException naming the file and the reason it cannot be read
     */
    public static String read(Path file) throws InputException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(name, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        return decode(name, bytes);
    }

    /**
     * @param name the input's name, for messages
     * @param bytes its content
     * @return the content as UTF-8 text (a leading byte order mark dropped)
     * @throws InputException where it is empty, binary or not UTF-8
     */
    public static String decode(String name, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(name, "empty");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, "binary content (NUL bytes), not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(name, "empty (only white space)");
        }
        return text;
    }
}
