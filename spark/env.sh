# Sourced by spark/*.sh: the Maven class path of lamina-spark's tests (Spark 4.0.1 included), a
# SPARK_HOME whose jars/ links it (no Spark download), and Spark's Java 17 flags.
set -euo pipefail
SPARK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$SPARK_DIR")"
RUN_DIR="$SPARK_DIR/target/cluster"
CP_FILE="$SPARK_DIR/target/classpath.txt"
MASTER_PORT="${LAMINA_SPARK_PORT:-7177}"
MASTER_URL="spark://127.0.0.1:$MASTER_PORT"
export SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
export SPARK_HOME="$RUN_DIR/spark-home"

build_classpath() {
  if [[ ! -f "$CP_FILE" || "$ROOT/spark/pom.xml" -nt "$CP_FILE" || -n "${LAMINA_REBUILD:-}" ]]; then
    (cd "$ROOT" && mvn -B -q -o -pl spark -am -DskipTests package dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt)
  fi
  CP="$SPARK_DIR/target/test-classes:$SPARK_DIR/target/classes:$(cat "$CP_FILE")"
  mkdir -p "$SPARK_HOME/jars"
  tr ':' '\n' < "$CP_FILE" | while read -r jar; do
    [[ "$jar" == *.jar ]] && ln -sf "$jar" "$SPARK_HOME/jars/$(basename "$jar")"
  done
  JVM_ARGS="$(sed -n 's:.*<spark.jvmArgs>\(.*\)</spark.jvmArgs>.*:\1:p' "$ROOT/pom.xml")"
}
