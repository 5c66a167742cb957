package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.store.Store;

class ServeCommandTest {

    @TempDir
    Path tmp;

    static void assertOneLineError(CliRun run, String... mentions) {
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        for (String m : mentions) {
            assertTrue(run.err().contains(m), run.err());
        }
    }

    @Test
    void missingStoreIsAOneLineError() {
        Path missing = tmp.resolve("nothing-here");
        assertOneLineError(
                CliRun.run("serve", "--store", missing.toString(), "--port", "0"), missing.toString(), "no store");
    }

    @Test
    void portInUseIsAOneLineError() throws IOException {
        Path dir = tmp.resolve("store");
        Store.open(dir).close();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            assertOneLineError(
                    CliRun.run("serve", "--store", dir.toString(), "--port", port),
                    "cannot listen on 127.0.0.1:" + port);
        }
    }

    @Test
    void badPortIsRefused() {
        CliRun run = CliRun.run("serve", "--store", tmp.toString(), "--port", "70000");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("port"), run.err());
    }
}
