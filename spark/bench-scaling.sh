#!/usr/bin/env bash
# The throughput of 2 executors x 1 core against one process with 1 thread at global batches 512,
# 1024 and 2048 (micro-batches of 256 examples on both sides), each a spark/bench.sh run, on a
# cluster this script starts and stops. About 5 minutes on an idle 2-core machine.
#   spark/bench-scaling.sh [more spark/bench.sh arguments]
set -euo pipefail
SPARK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$SPARK_DIR/cluster.sh" start
trap '"$SPARK_DIR/cluster.sh" stop' EXIT
"$SPARK_DIR/bench.sh" --limit 12288 --batch 512 --micro 1 "$@"
"$SPARK_DIR/bench.sh" --limit 16384 --batch 1024 --micro 2 "$@"
"$SPARK_DIR/bench.sh" --limit 24576 --batch 2048 --micro 4 "$@"
