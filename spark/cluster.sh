#!/usr/bin/env bash
# Starts or stops a standalone Spark cluster on 127.0.0.1 from the Maven class path: one master
# (spark://127.0.0.1:7177) and two workers of 1 core and 3 GB each. Logs and pids: spark/target/cluster.
#   spark/cluster.sh start | stop | status
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# Each daemon starts in its own session: Linux shares CPU time between sessions (autogroups, when
# /proc/sys/kernel/sched_autogroup_enabled is 1), not between threads, so two executors started from
# one shell would share one session's share of the machine while any other session is busy, unlike
# executors on separate machines. An executor is a child of its worker and stays in its session.
in_session() { # in_session NAME COMMAND...: runs COMMAND in a new session; log NAME.log, pid NAME.pid
  local name="$1"
  shift
  setsid sh -c 'echo $$ > "$0"; exec "$@"' "$RUN_DIR/$name.pid" "$@" > "$RUN_DIR/logs/$name.log" 2>&1 < /dev/null &
}

start() {
  build_classpath
  mkdir -p "$RUN_DIR/logs"
  if [[ -f "$RUN_DIR/pids" ]]; then
    echo "already started (pids in $RUN_DIR/pids); run $0 stop first" >&2
    exit 1
  fi
  rm -f "$RUN_DIR"/*.pid
  in_session master nice java $JVM_ARGS -Xmx512m -cp "$CP" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$MASTER_PORT" --webui-port 8177
  for i in 1 2; do
    in_session "worker$i" nice java $JVM_ARGS -Xmx512m -cp "$CP" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --cores 1 --memory 3g --webui-port $((8177 + i)) --work-dir "$RUN_DIR/work$i" "$MASTER_URL"
  done
  for name in master worker1 worker2; do # the pids file lists master, worker 1, worker 2 in this order
    for _ in $(seq 50); do [[ -s "$RUN_DIR/$name.pid" ]] && break; sleep 0.1; done
    cat "$RUN_DIR/$name.pid" >> "$RUN_DIR/pids"
  done
  for _ in $(seq 60); do
    if [[ $(curl -s http://127.0.0.1:8177/json/ | grep -c '"state" : "ALIVE"') -ge 2 ]]; then
      echo "master $MASTER_URL with 2 workers (pids $(tr '\n' ' ' < "$RUN_DIR/pids"))"
      return
    fi
    sleep 2
  done
  echo "workers did not register in 120 s; see $RUN_DIR/logs" >&2
  exit 1
}

stop() {
  [[ -f "$RUN_DIR/pids" ]] || { echo "not started"; return; }
  while read -r pid; do
    # executors are children of the workers: end them first, by parent pid
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
  done < "$RUN_DIR/pids"
  rm -f "$RUN_DIR/pids"
  echo "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) [[ -f "$RUN_DIR/pids" ]] && ps -o pid,etime,args -p "$(paste -sd, "$RUN_DIR/pids")" | cut -c1-120 || echo "not started" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
