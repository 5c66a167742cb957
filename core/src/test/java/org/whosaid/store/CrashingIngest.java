package org.whosaid.store;

import java.nio.file.Path;

/**
 * A process that dies in the middle of an ingest: it commits one article, adds a second and halts
 * the JVM without closing anything, as a power cut or a kill would.
 */
public final class CrashingIngest {

    /** Exit code of the halt, so the test knows the process got that far. */
    static final int HALTED = 3;

    private CrashingIngest() {}

    /**
     * @param args the store folder
     */
    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]));
        store.ingest(StoreTest.briefing(), null);
        store.commit();
        store.ingest(StoreTest.hearing(), null);
        store.search(StatementQuery.all());
        Runtime.getRuntime().halt(HALTED);
    }
}
