/**
 * Lamina on Apache Spark: synchronous data-parallel training ({@link dev.lamina.spark.SparkTrainer}),
 * evaluation and batch inference of generated networks over a Spark {@code Dataset<Row>}.
 */
package dev.lamina.spark;
