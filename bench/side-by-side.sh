#!/usr/bin/env bash
# Lamina side by side with the PyTorch and DL4J peers (../shared/peers): runs Lamina's benchmark and the
# peers ONE AFTER ANOTHER (never in parallel: run it on an otherwise idle machine), with the same data,
# split, standardization, learning rate, batch sizes, step counts and thread count, then writes
# side-by-side.md and side-by-side.csv (samples/s per system, ratio_vs_pytorch, ratio_vs_dl4j) next to
# every log in the output directory. A peer runs only where it is present: PyTorch needs Debian's
# python3-torch; DL4J needs its Maven build in the scratch copy of the peers (made here if missing:
# minutes, ~600 MB). See bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  cat <<USAGE
usage: bench/side-by-side.sh [options]
  --peers DIR         the peers' folder, read-only (default: <repo>/../shared/peers)
  --scratch DIR       where the peers are copied to and DL4J is built (default: \${TMPDIR:-/tmp}/lamina-bench-peers)
  --out DIR           output directory (default: bench/results/side-by-side-<UTC date and time>)
  --threads N         threads of every system: ND4J/OpenMP/BLAS, torch.set_num_threads (default: nproc = $(nproc))
  --networks "A B"    networks, peer names (default: "cnn separable"); resnet is measured for Lamina only
  --batches "A B"     training batch sizes (default: "32 128"); inference is timed at 256 with the first
  --steps N           training steps per run including warm-up, the peers' --max-steps (default: 320)
  --warmup N          untimed warm-up steps (default: 20)
  --repeats N         Lamina's repeats (in its JVM per network) and PyTorch's runs per workload (default: 3)
  --dl4j-steps N      DL4J's steps including warm-up (default: 70; DL4J trains at ~40-80 samples/s)
  --dl4j-warmup N     DL4J's warm-up steps (default: 10)
  --skip-lamina | --skip-pytorch | --skip-dl4j
  --lamina-args "..." extra options for 'bench run' (e.g. "--profile --measure-epoch")
  --no-build          do not rebuild Lamina's benchmark first
  --label TEXT        a note under the report's title
Environment: PYTHON (default /usr/bin/python3), LAMINA_BENCH_JAVA_OPTS, JAVA_OPTS (DL4J, default -Xmx6g).
USAGE
}

peers="$root/../shared/peers"
scratch="${TMPDIR:-/tmp}/lamina-bench-peers"
out=""
threads="$(nproc)"
networks="cnn separable"
batches="32 128"
steps=320
warmup=20
repeats=3
dl4j_steps=70
dl4j_warmup=10
skip_lamina=0
skip_pytorch=0
skip_dl4j=0
lamina_args=""
build=1
label=""
python="${PYTHON:-/usr/bin/python3}"

while [ $# -gt 0 ]; do
  case "$1" in
    --peers) peers="$2"; shift 2 ;;
    --scratch) scratch="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --networks) networks="$2"; shift 2 ;;
    --batches) batches="$2"; shift 2 ;;
    --steps) steps="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --repeats) repeats="$2"; shift 2 ;;
    --dl4j-steps) dl4j_steps="$2"; shift 2 ;;
    --dl4j-warmup) dl4j_warmup="$2"; shift 2 ;;
    --skip-lamina) skip_lamina=1; shift ;;
    --skip-pytorch) skip_pytorch=1; shift ;;
    --skip-dl4j) skip_dl4j=1; shift ;;
    --lamina-args) lamina_args="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --label) label="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "side-by-side: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

cd "$root"
out="${out:-bench/results/side-by-side-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
first_batch="${batches%% *}"
export OMP_NUM_THREADS="$threads"

say() { echo "=== $(date -u +%FT%TZ) $*"; }
# run LOG COMMAND...: one benchmark process, its output kept in LOG (and shown); a failed run's log is
# renamed LOG.failed, so that the report leaves it out, and the script goes on
run() {
  local log="$1"; shift
  say "$*" | tee "$log"
  local t0; t0=$(date +%s)
  local rc=0
  "$@" 2>&1 | tee -a "$log" || rc=${PIPESTATUS[0]}
  echo "=== rc=$rc wall=$(( $(date +%s) - t0 ))s" | tee -a "$log"
  if [ "$rc" -ne 0 ]; then
    mv "$log" "$log.failed"
    echo "side-by-side: warning: failed (exit status $rc); log kept as $log.failed" >&2
  fi
}

say "side by side on $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), threads $threads," \
  "OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-unset}, OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}; output $out"
if awk '{ exit !($1 > 0.5) }' /proc/loadavg; then
  echo "side-by-side: warning: the machine is not idle (load average above 0.5); timings will be noisy" >&2
fi

if [ "$skip_lamina" -eq 0 ]; then
  if [ "$build" -eq 1 ]; then
    say "building Lamina's benchmark"
    mvn -B -q -DskipTests package -pl bench -am
  fi
  # shellcheck disable=SC2086 # lamina_args is a list of options
  run "$out/lamina.log" bench/bench.sh run --network "${networks// /,}" --batch "${batches// /,}" \
    --steps "$steps" --warmup "$warmup" --repeats "$repeats" --threads "$threads" --output-dir "$out" --no-report \
    $lamina_args
fi

# The peers' folder is read-only: copy it (without its logs and any build) to the scratch folder, where
# an earlier DL4J build is kept.
if [ "$skip_pytorch" -eq 0 ] || [ "$skip_dl4j" -eq 0 ]; then
  if [ -d "$peers" ]; then
    mkdir -p "$scratch"
    chmod -R u+w "$scratch"
    (cd "$peers" && tar --exclude=./results --exclude=./dl4j/target -cf - .) | (cd "$scratch" && tar -xf -)
    chmod -R u+w "$scratch"
  else
    echo "side-by-side: peers skipped: no folder $peers (give --peers DIR)" >&2
    skip_pytorch=1
    skip_dl4j=1
  fi
fi

# The peers have the tutorial's two networks only; FashionResNet's PyTorch side is bench/pytorch_training.py
# (bench/bench.sh precision --network resnet).
peer_networks=""
for net in $networks; do
  case "$net" in
    cnn|separable) peer_networks="$peer_networks $net" ;;
    *) echo "side-by-side: the peers have no '$net'; its PyTorch side: bench/bench.sh precision --network $net" >&2 ;;
  esac
done

if [ "$skip_pytorch" -eq 0 ]; then
  if "$python" -c 'import torch' 2>/dev/null; then
    for net in $peer_networks; do
      for batch in $batches; do
        predict=(); [ "$batch" = "$first_batch" ] && predict=(--predict)
        for r in $(seq 1 "$repeats"); do
          run "$out/pytorch-$net-b$batch-r$r.log" "$python" "$scratch/pytorch_fashion.py" --model "$net" \
            --batch "$batch" --threads "$threads" --epochs 1 --max-steps "$steps" --warmup "$warmup" --no-eval \
            "${predict[@]}"
        done
      done
    done
  else
    echo "side-by-side: PyTorch skipped: $python cannot import torch (apt-get install python3-torch)" >&2
  fi
fi

if [ "$skip_dl4j" -eq 0 ]; then
  if [ ! -d "$scratch/dl4j/target/lib-linux-x86_64" ]; then
    say "building the DL4J peer in $scratch/dl4j (minutes, ~600 MB)"
    if ! (cd "$scratch/dl4j" && mvn -q -B package); then
      echo "side-by-side: DL4J skipped: its build failed (needs Maven Central)" >&2
      skip_dl4j=1
    fi
  fi
fi
if [ "$skip_dl4j" -eq 0 ]; then
  for net in $peer_networks; do
    for batch in $batches; do
      predict=(); [ "$batch" = "$first_batch" ] && predict=(--predict)
      run "$out/dl4j-$net-b$batch.log" "$scratch/dl4j/run.sh" --model "$net" --batch "$batch" --threads "$threads" \
        --epochs 1 --max-steps "$dl4j_steps" --warmup "$dl4j_warmup" --no-eval "${predict[@]}"
    done
  done
fi

report=(bench/bench.sh report --output-dir "$out" --name side-by-side)
shopt -s nullglob
lamina_files=("$out"/lamina-*.json)
pytorch_logs=("$out"/pytorch-*.log)
dl4j_logs=("$out"/dl4j-*.log)
[ ${#lamina_files[@]} -gt 0 ] && report+=(--lamina "${lamina_files[@]}")
[ ${#pytorch_logs[@]} -gt 0 ] && report+=(--pytorch-log "${pytorch_logs[@]}")
[ ${#dl4j_logs[@]} -gt 0 ] && report+=(--dl4j-log "${dl4j_logs[@]}")
label_text="${label:+$label. }Training: Lamina and PyTorch $steps steps, the first $warmup untimed; DL4J $dl4j_steps steps, the first $dl4j_warmup untimed."
report+=(--label "$label_text")
"${report[@]}"
