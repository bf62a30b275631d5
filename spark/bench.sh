#!/usr/bin/env bash
# FashionCnn training throughput on the standalone cluster (2 executors x 1 core, start it with
# spark/cluster.sh start) against one process with 1 thread, at the same global batch.
#   spark/bench.sh [--limit 6400] [--batch 64]
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
build_classpath
ARGS=("--limit" "6400" "--batch" "64" "$@")
echo "== one process, 1 thread"
OMP_NUM_THREADS=1 nice java $JVM_ARGS -Xmx3g -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -cp "$CP" \
  dev.lamina.spark.tools.LocalBench "${ARGS[@]}" 2>&1 | grep -v WARN
echo "== Spark standalone, 2 executors x 1 core"
"$SPARK_DIR/train-fashion.sh" "${ARGS[@]}" --test 1000 2>&1 | grep -E "master|fit:|slowest|listener|test"
