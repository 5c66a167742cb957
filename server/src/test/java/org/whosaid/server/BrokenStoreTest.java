package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.store.Store;

/** A store that fails under the server: the client gets a plain 500, and the server goes on. */
@ExtendWith(LiveServerExtension.class)
class BrokenStoreTest {

    @TempDir
    Path dir;

    @Test
    void failureIsA500WithoutInternalsAndTheServerStaysUp(LiveServer live) {
        try (Store writer = Store.open(dir)) {
            writer.ingest(live.extracted(LiveServer.COUNCIL), null);
        }
        Store store = Store.openReadOnly(dir);
        try (Server server = new Server(store, ServerConfig.of("127.0.0.1", 0)).start()) {
            Api api = new Api("http://127.0.0.1:" + server.port());
            assertEquals(200, api.get("/api/statements").status());
            store.close();
            for (String path : new String[] {"/api/statements", "/api/articles/" + LiveServer.COUNCIL, "/api/counts"}) {
                Api.Answer failed = api.get(path);
                ExtractApiTest.assertError(500, "internal error", failed);
                assertEquals(2, failed.json().size(), "only error and status: " + failed.body());
            }
            assertEquals(200, api.get("/api/openapi.json").status());
            assertEquals(200, api.get("/").status());
        }
    }
}
