package dev.lamina.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for the module's tests: 2 cores, each task tried up to 4 times. */
final class SparkSessions {
  private static SparkSession session;

  private SparkSessions() {}

  static synchronized SparkSession local() {
    if (session == null) {
      session = SparkSession.builder().master("local[2,4]").appName("lamina-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
