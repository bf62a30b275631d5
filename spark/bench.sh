#!/usr/bin/env bash
# FashionCnn training throughput on the standalone cluster (2 executors x 1 core, start it with
# spark/cluster.sh start) against one process with 1 thread, at the same global batch.
#   spark/bench.sh [--limit 6400] [--batch 64] [--micro 1] [--partitions 2] [--warmup 3] [--conf key=value]
# The single process runs the same computation as the cluster: partitions x micro micro-batches of
# batch / (partitions x micro) examples per step (as SparkTrainerEquivalenceTest compares them), unless
# --local-micro says otherwise.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
build_classpath
ARGS=("--limit" "6400" "--batch" "64" "$@")
last() { local v="$2"; for ((i = 0; i + 1 < ${#ARGS[@]}; i++)); do [[ "${ARGS[i]}" == "$1" ]] && v="${ARGS[i + 1]}"; done; echo "$v"; }
LOCAL_MICRO="$(last --local-micro $(( $(last --partitions 2) * $(last --micro 1) )))"
echo "load: $(uptime)"
echo "== one process, 1 thread"
# in its own session, as each executor of spark/cluster.sh (see there)
OMP_NUM_THREADS=1 setsid --wait nice java $JVM_ARGS -Xmx3g -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -cp "$CP" \
  dev.lamina.spark.tools.LocalBench "${ARGS[@]}" --local-micro "$LOCAL_MICRO" 2>&1 | grep -v WARN
echo "== Spark standalone, 2 executors x 1 core"
"$SPARK_DIR/train-fashion.sh" "${ARGS[@]}" --test 1000 2>&1 | grep -E "master|fit:|slowest|listener|test"
echo "load: $(uptime)"
