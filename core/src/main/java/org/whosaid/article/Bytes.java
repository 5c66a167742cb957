package org.whosaid.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads bytes without ever holding more than a limit in memory. */
final class Bytes {

    private Bytes() {}

    /**
     * @param in a stream
     * @param limit the most bytes wanted
     * @return up to {@code limit + 1} bytes of the stream: more than {@code limit} means it holds more
     * @throws IOException where the stream cannot be read
     */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit + 1, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long want = (long) limit + 1;
        while (want > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, want));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            want -= n;
        }
        return out.toByteArray();
    }

    /**
     * @param bytes some bytes
     * @return whether the first few kilobytes hold a NUL byte (binary data, or UTF-16 without a BOM)
     */
    static boolean binary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (utf16) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param size a number of bytes
     * @return it for people: "8 MB", "512 KB", "17 bytes"
     */
    static String human(long size) {
        if (size >= 1024 * 1024) {
            return (size / (1024 * 1024)) + " MB";
        }
        return size >= 1024 ? (size / 1024) + " KB" : size + " bytes";
    }
}
