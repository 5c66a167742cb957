#!/usr/bin/env bash
# Throughput of whosaid's extraction alone over the texts of a gold folder: model load time, then the
# corpus extracted REPEAT times in the same JVM (median, fastest and slowest run; articles/s, tokens/s
# with tokens counted as score.py counts them), on 1 thread and on 2.
#
#   bench/extract-throughput.sh [GOLD_DIR]      default: PolNeAR dev beside the project
#   REPEAT=5 THREAD_COUNTS="1 2" JVMS=1 bench/extract-throughput.sh
#
# JVMS: fresh JVMs per thread count (more than one shows the spread of the model load time too).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="$(cd "${1:-$root/../shared/data/polnear/dev}" && pwd)"
repeat="${REPEAT:-5}"
jvms="${JVMS:-1}"
source "$root/bench/classpath.sh"
echo "whosaid extraction on $gold, $repeat runs per JVM, $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for threads in ${THREAD_COUNTS:-1 2}; do
  pin=()
  if command -v taskset >/dev/null && (( $(nproc) > threads )); then
    pin=(taskset -c "0-$((threads - 1))")
  fi
  for ((j = 1; j <= jvms; j++)); do
    "${pin[@]}" java ${WHOSAID_JAVA_OPTS:--Xmx3g} -cp "$bench_cp" org.whosaid.bench.ExtractThroughput \
      --gold "$gold" --threads "$threads" --repeat "$repeat" | grep '^throughput'
  done
done
