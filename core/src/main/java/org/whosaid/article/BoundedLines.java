package org.whosaid.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines of bytes without ever holding more than one line, and never more than
 * a limit: a longer line is read through and reported as too long, not kept.
 */
final class BoundedLines {

    /** A line: its bytes, without the line end, or null where it was longer than the limit. */
    record Line(int number, byte[] bytes) {}

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private int number;

    BoundedLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /**
     * @return the next line, or null at the end of the stream
     * @throws IOException where the stream cannot be read
     */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                end = in.read(buffer);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(line, tooLong) : null;
                }
            }
            any = true;
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                if (line.size() + (position - start) > limit) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(buffer, start, position - start);
                }
            }
            if (position < end) {
                position++; // the line end
                return finish(line, tooLong);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, n - 1);
        }
        return new Line(number, bytes);
    }
}
