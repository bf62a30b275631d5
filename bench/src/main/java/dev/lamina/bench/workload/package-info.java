/**
 * What is benchmarked: the networks, the kinds of workload, the systems compared, and the workload
 * ids ({@code cnn_train_b32}) that name the rows of every result table.
 */
package dev.lamina.bench.workload;
