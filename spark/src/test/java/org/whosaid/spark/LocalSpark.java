package org.whosaid.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark with two cores for all the tests of this module, as a real job would run. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    /** @return the session, started on first use and stopped when the JVM ends */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("whosaid-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
