package org.whosaid.article;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a stream of gzip members one after another (a record-compressed WARC), and knows at
 * which byte of the compressed file the member being read starts: that is where a damaged record
 * is, and where a reader can start again after it.
 */
final class GzipMembers implements ReadableByteChannel {

    private final ReadableByteChannel in;
    private final byte[] buffer = new byte[64 * 1024];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** File offset of buffer[0]. */
    private long base;

    private int position;
    private int limit;
    private long memberStart = -1;
    private long memberSize;
    private boolean inMember;
    private boolean open = true;

    /**
     * @param in the compressed bytes, from the start of a member
     * @param offset the file offset of the first byte of {@code in}
     */
    GzipMembers(ReadableByteChannel in, long offset) {
        this.in = in;
        this.base = offset;
    }

    /** @return the file offset of the member being read, or of the last one read; -1 before any */
    long memberStart() {
        return memberStart;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!dst.hasRemaining()) {
            return 0;
        }
        while (true) {
            if (!inMember) {
                if (!fill(1)) {
                    return -1;
                }
                memberStart = base + position;
                header();
                inflater.reset();
                crc.reset();
                memberSize = 0;
                inMember = true;
            }
            inflater.setInput(buffer, position, limit - position);
            int start = dst.position();
            int n;
            try {
                n = inflater.inflate(dst);
            } catch (DataFormatException e) {
                throw new ZipException("damaged compressed data (" + e.getMessage() + ")");
            }
            position = limit - inflater.getRemaining();
            if (n > 0) {
                crc.update(dst.duplicate().position(start).limit(start + n));
                memberSize += n;
            }
            if (inflater.finished()) {
                trailer();
                inMember = false;
            } else if (inflater.needsDictionary()) {
                throw new ZipException("damaged compressed data (a preset dictionary)");
            } else if (n == 0 && inflater.needsInput() && !fill(limit - position + 1)) {
                throw new EOFException("the compressed data ends inside a record");
            }
            if (n > 0) {
                return n;
            }
        }
    }

    private void header() throws IOException {
        if (u8() != 0x1F || u8() != 0x8B) {
            throw new ZipException("not a gzip member");
        }
        if (u8() != 8) {
            throw new ZipException("unknown compression method");
        }
        int flags = u8();
        for (int i = 0; i < 6; i++) {
            u8(); // time, extra flags, system
        }
        if ((flags & 4) != 0) {
            int length = u8() | (u8() << 8);
            for (int i = 0; i < length; i++) {
                u8();
            }
        }
        for (int bit : new int[] {8, 16}) { // name, comment: zero-terminated
            if ((flags & bit) != 0) {
                while (u8() != 0) {
                    // skipped
                }
            }
        }
        if ((flags & 2) != 0) {
            u8();
            u8();
        }
    }

    private void trailer() throws IOException {
        long stored = u32();
        long size = u32();
        if (stored != crc.getValue() || size != (memberSize & 0xFFFFFFFFL)) {
            throw new ZipException("damaged compressed data (checksum mismatch)");
        }
    }

    private long u32() throws IOException {
        return u8() | (u8() << 8) | (u8() << 16) | ((long) u8() << 24);
    }

    private int u8() throws IOException {
        if (!fill(1)) {
            throw new EOFException("the compressed data ends inside a record");
        }
        return buffer[position++] & 0xFF;
    }

    /** Makes at least {@code want} unread bytes available, if the stream holds them. */
    private boolean fill(int want) throws IOException {
        if (limit - position >= want) {
            return true;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            base += position;
            limit -= position;
            position = 0;
        }
        while (limit < want && limit < buffer.length) {
            int n = in.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit));
            if (n < 0) {
                return false;
            }
            limit += n;
        }
        return limit - position >= want;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        inflater.end();
        in.close();
    }
}
