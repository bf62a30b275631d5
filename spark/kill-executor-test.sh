#!/usr/bin/env bash
# Fault test on the standalone cluster (start it with spark/cluster.sh start): trains FashionCnn on a
# subset of Fashion-MNIST twice, the second time SIGKILLing worker 1's executor JVM after step
# $KILL_AT; Spark relaunches the executor, recomputes the lost cached shard and retries the step.
# Passes when both runs complete with bit-identical per-step losses.
#   spark/kill-executor-test.sh [--limit 3200] [--epochs 1] ...
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
KILL_AT="${KILL_AT:-15}"
OUT="$RUN_DIR/kill-test"
mkdir -p "$OUT"
rm -f "$OUT"/*.txt
[[ -f "$RUN_DIR/pids" ]] || { echo "start the cluster first: spark/cluster.sh start" >&2; exit 1; }
ARGS=("--limit" "3200" "--test" "2000" "$@")

"$SPARK_DIR/train-fashion.sh" "${ARGS[@]}" --curve "$OUT/clean.txt" > "$OUT/clean.log" 2>&1
"$SPARK_DIR/train-fashion.sh" "${ARGS[@]}" --curve "$OUT/killed.txt" > "$OUT/killed.log" 2>&1 &
driver=$!
worker1=$(sed -n 2p "$RUN_DIR/pids")
steps() { if [[ -f "$OUT/killed.txt" ]]; then wc -l < "$OUT/killed.txt"; else echo 0; fi; }
while kill -0 "$driver" 2>/dev/null && [[ $(steps) -lt $KILL_AT ]]; do
  sleep 0.2
done
executor=$(pgrep -P "$worker1" java || true)
if [[ -z "$executor" ]]; then
  echo "FAIL: no executor JVM under worker 1 (pid $worker1)" >&2
  exit 1
fi
kill -9 "$executor"
echo "SIGKILLed executor pid $executor (child of worker 1, pid $worker1) after step $(wc -l < "$OUT/killed.txt")"
wait "$driver"
echo "clean run:  $(grep -E 'fit:|test' "$OUT/clean.log" | tr '\n' ' ')"
echo "killed run: $(grep -E 'fit:|test' "$OUT/killed.log" | tr '\n' ' ')"
grep -h "lost\|Lost" "$OUT/killed.log" | head -3 | cut -c1-200
if cmp -s "$OUT/clean.txt" "$OUT/killed.txt" && [[ -s "$OUT/clean.txt" ]]; then
  echo "PASS: $(wc -l < "$OUT/clean.txt") steps, per-step losses bit-identical (first $(head -1 "$OUT/clean.txt"), last $(tail -1 "$OUT/clean.txt"))"
else
  echo "FAIL: loss curves differ (see $OUT)"; diff "$OUT/clean.txt" "$OUT/killed.txt" | head; exit 1
fi
