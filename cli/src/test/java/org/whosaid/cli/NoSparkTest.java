package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The command's jar is built from this module's classpath: Spark and the corpus job stay out of it. */
class NoSparkTest {

    @Test
    void neitherSparkNorTheCorpusJobIsOnTheCommandsClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.spark.sql.SparkSession"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.whosaid.spark.CorpusJob"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("scala.collection.immutable.Seq"));
    }
}
