package org.whosaid.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Passes bytes through, but while armed, fails once more than a limit has been read: the parsers of
 * record and HTTP headers hold a header whole, so a damaged or hostile archive with a header line of
 * hundreds of megabytes must be stopped before it fills memory.
 */
final class HeaderGuard implements ReadableByteChannel {

    private final ReadableByteChannel in;
    private long allowance = -1;

    HeaderGuard(ReadableByteChannel in) {
        this.in = in;
    }

    /** @param limit the most bytes that may be read from now on; negative to read freely */
    void arm(long limit) {
        allowance = limit;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (allowance == 0) {
            throw new IOException("a header longer than " + Bytes.human(WarcArchiveReader.MAX_HEADER_BYTES));
        }
        if (allowance > 0 && dst.remaining() > allowance) {
            ByteBuffer part = dst.slice().limit((int) allowance);
            int n = in.read(part);
            if (n > 0) {
                dst.position(dst.position() + n);
                allowance -= n;
            }
            return n;
        }
        int n = in.read(dst);
        if (n > 0 && allowance > 0) {
            allowance -= n;
        }
        return n;
    }

    @Override
    public boolean isOpen() {
        return in.isOpen();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
