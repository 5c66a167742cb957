#!/usr/bin/env bash
# Runs whosaid's corpus job on a real Spark standalone cluster on this machine: a master and two
# workers on 127.0.0.1, started from the Spark jars of the Maven build (no download), the job
# submitted to them, and the cluster stopped at the end.
#
#   bench/spark-standalone.sh --input PATH... --output DIR [--format parquet|json] [...]
#
# The arguments are those of ./whosaid-spark. WORKERS (default 2), WORKER_CORES (1) and
# WHOSAID_EXECUTOR_MEMORY (3g, one executor per worker) size the cluster; KEEP_LOGS=1 keeps the
# master's, workers' and executors' logs (their folder is printed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/spark/target"
workers="${WORKERS:-2}"
cores="${WORKER_CORES:-1}"
executor_memory="${WHOSAID_EXECUTOR_MEMORY:-3g}"
WHOSAID_SPARK_BUILD_ONLY=1 "$root/whosaid-spark"

work="$(mktemp -d /tmp/whosaid-standalone.XXXXXX)"
pids=()
stop() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ "${KEEP_LOGS:-}" == 1 ]]; then
    echo "spark-standalone: logs in $work" >&2
  else
    rm -rf "$work"
  fi
}
trap stop EXIT

# A Spark home whose jars are those of the Maven build: workers start executors from it.
mkdir -p "$work/home/jars"
cat "$target/spark-classpath.txt" <(echo) "$target/shared-classpath.txt" <(echo) | tr ':' '\n' |
  while read -r jar; do
    if [[ -n "$jar" ]]; then
      ln -sf "$jar" "$work/home/jars/"
    fi
  done
export SPARK_HOME="$work/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
read -r -a opens < "$target/java-options.txt"
daemon=(java -Xmx512m "${opens[@]}" -cp "$work/home/jars/*")

# Waits for a line in a log; fails naming the log where it does not come.
await() {
  local log="$1" pattern="$2" what="$3"
  for _ in $(seq 1 240); do
    if grep -q "$pattern" "$log" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "${pids[-1]}" 2>/dev/null && ! grep -q "$pattern" "$log"; then
      break
    fi
    sleep 0.5
  done
  echo "spark-standalone: the $what did not start; its log:" >&2
  tail -20 "$log" >&2
  exit 1
}

"${daemon[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  > "$work/master.log" 2>&1 &
pids+=($!)
await "$work/master.log" "Starting Spark master at spark://" master
master="$(grep -o 'spark://127.0.0.1:[0-9]*' "$work/master.log" | head -1)"
for ((i = 1; i <= workers; i++)); do
  "${daemon[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores "$cores" --memory "$(( ${executor_memory%g} + 1 ))g" --work-dir "$work/worker-$i" "$master" \
    > "$work/worker-$i.log" 2>&1 &
  pids+=($!)
done
for ((i = 1; i <= workers; i++)); do
  await "$work/worker-$i.log" "Successfully registered with master" "worker $i"
done
echo "spark-standalone: master $master with $workers workers of $cores core(s) and $executor_memory each" >&2

WHOSAID_EXECUTOR_MEMORY="$executor_memory" "$root/whosaid-spark" --master "$master" "$@"
