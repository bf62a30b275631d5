#!/usr/bin/env bash
# Runs the benchmark tool (run, report, compile-cost) from this checkout, in the repository root, so
# relative paths in its options are relative to the root. Build it first:
#   mvn -B -q -DskipTests package -pl bench -am
# JVM options: LAMINA_BENCH_JAVA_OPTS (default -Xmx4g). Usage: bench/bench.sh <command> --help
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar=("$root"/bench/target/lamina-bench-*.jar)
if [ ! -f "${jar[0]}" ] || [ ! -d "$root/bench/target/lib" ]; then
  echo "bench: not built yet; run 'mvn -B -q -DskipTests package -pl bench -am' in $root first" >&2
  exit 2
fi
cd "$root"
exec java ${LAMINA_BENCH_JAVA_OPTS:--Xmx4g} -cp "${jar[0]}:$root/bench/target/lib/*" dev.lamina.bench.BenchCli "$@"
