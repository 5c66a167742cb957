package org.whosaid.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.whosaid.article.InputException;

/**
 * Files and names as the reference scorer sees them: UTF-8 text read with universal newlines
 * ({@code \r\n} and {@code \r} become {@code \n}, a byte order mark is kept), and names sorted by code
 * point.
 */
final class PythonText {

    /** Python's string order: by code point, not by UTF-16 unit. */
    static final Comparator<String> ORDER =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private PythonText() {}

    /**
     * @param file a text file
     * @return its text, newlines translated
     * @throws InputException naming the file where it cannot be read or is not UTF-8
     */
    static String read(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), "not UTF-8 text");
        }
    }
}
