package org.whosaid.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class GzipMembersTest {

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String readAll(GzipMembers in, List<Long> starts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(7);
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
            if (starts.isEmpty() || starts.get(starts.size() - 1) != in.memberStart()) {
                starts.add(in.memberStart());
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void membersFollowOneAnotherAndEachKnowsItsOffset() throws IOException {
        byte[] a = gzip("first record, ");
        byte[] b = gzip("second record, " + "x".repeat(200_000));
        byte[] c = gzip("third.");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(a);
        all.writeBytes(b);
        all.writeBytes(c);
        List<Long> starts = new ArrayList<>();
        String text =
                readAll(new GzipMembers(Channels.newChannel(new ByteArrayInputStream(all.toByteArray())), 100), starts);
        assertEquals("first record, second record, " + "x".repeat(200_000) + "third.", text);
        assertEquals(List.of(100L, 100L + a.length, 100L + a.length + b.length), starts);
    }

    @Test
    void damageAndEarlyEndsAreErrors() throws IOException {
        byte[] a = gzip("some text that will be damaged");
        byte[] cut = Arrays.copyOf(a, a.length - 5);
        assertThrows(
                EOFException.class,
                () -> readAll(
                        new GzipMembers(Channels.newChannel(new ByteArrayInputStream(cut)), 0), new ArrayList<>()));
        byte[] flipped = a.clone();
        flipped[a.length - 6] ^= 1; // the checksum
        assertThrows(
                ZipException.class,
                () -> readAll(
                        new GzipMembers(Channels.newChannel(new ByteArrayInputStream(flipped)), 0), new ArrayList<>()));
    }
}
