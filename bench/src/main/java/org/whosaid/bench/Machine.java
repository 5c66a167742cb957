package org.whosaid.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whosaid.store.SearchPage;

/** What the benches say about the machine they ran on, and what they ask of the store build they run against. */
final class Machine {

    private Machine() {}

    /** @return the 1, 5 and 15 minute load averages, as the system gives them, or "unknown" */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The benches also run against earlier builds, whose pages always count exactly.
     *
     * @param page a page of results
     * @return whether its total is exact
     */
    static boolean totalExact(SearchPage<?> page) {
        try {
            Method exact = SearchPage.class.getMethod("totalExact");
            return (Boolean) exact.invoke(page);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
