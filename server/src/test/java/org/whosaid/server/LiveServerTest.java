package org.whosaid.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests against the JVM's live server: {@link #live} and a client of its API, {@link #api}. */
@ExtendWith(LiveServerExtension.class)
abstract class LiveServerTest {

    static LiveServer live;
    static Api api;

    @BeforeAll
    static void connect(LiveServer server) {
        live = server;
        api = new Api(server.base());
    }
}
