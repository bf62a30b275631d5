#!/usr/bin/env bash
# Trains FashionCnn on real Fashion-MNIST on the cluster of spark/cluster.sh (start it first).
#   spark/train-fashion.sh [--epochs 1] [--limit 60000] [--batch 64] [--partitions 2] [--test 10000]
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
build_classpath
# The driver's ND4J work (combining the gradient sums, the optimizer step) runs on one OpenMP thread:
# on a machine whose cores run the executors, more threads only wait for each other.
OMP_NUM_THREADS="${LAMINA_DRIVER_THREADS:-1}" exec nice java $JVM_ARGS -Xmx3g -Dorg.bytedeco.javacpp.maxphysicalbytes=0 "-Dlamina.spark.jvmArgs=$JVM_ARGS" \
  -cp "$CP" dev.lamina.spark.tools.TrainFashion --master "$MASTER_URL" "$@"
