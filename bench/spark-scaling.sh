#!/usr/bin/env bash
# Throughput of whosaid's corpus job on 1 and on 2 cores: the job over PolNeAR train (840 articles)
# in local mode, REPEAT runs per core count, each in a fresh JVM (the model load counted in, as in any
# real job). Prints every run, then per core count the median, fastest and slowest, and the speed-up
# of the medians. Each run's processor time (all its threads, the model load and Spark's own work
# included) shows the cost per article also where other work shares the machine.
#
#   bench/spark-scaling.sh [TEXT_DIR]     default: PolNeAR train beside the project
#   REPEAT=3 CORES="1 2" LIMIT=N bench/spark-scaling.sh    LIMIT: only the first N articles
#
# A run on 1 core is pinned to one processor (taskset), so that the JVM's own threads share it too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
text="$(cd "${1:-$root/../shared/data/polnear/train/text}" && pwd)"
repeat="${REPEAT:-3}"
WHOSAID_SPARK_BUILD_ONLY=1 "$root/whosaid-spark"
work="$(mktemp -d /tmp/whosaid-scaling.XXXXXX)"
trap 'rm -rf "$work"' EXIT
input="$text"
if [[ -n "${LIMIT:-}" ]]; then
  input="$work/input"
  mkdir -p "$input"
  find "$text" -maxdepth 1 -name '*.txt' | sort | sed -n "1,${LIMIT}p" | while read -r f; do ln -s "$f" "$input/"; done
fi
articles="$(find -L "$input" -maxdepth 1 -name '*.txt' | wc -l)"
echo "whosaid-spark on $articles articles of $text, $repeat runs per core count, $(nproc) processors," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A rates
for c in ${CORES:-1 2}; do
  pin=()
  if command -v taskset >/dev/null && (($(nproc) > c)); then
    pin=(taskset -c "0-$((c - 1))")
  fi
  for ((r = 1; r <= repeat; r++)); do
    rm -rf "$work/out"
    TIMEFORMAT='%R %U %S'
    { time "${pin[@]}" "$root/whosaid-spark" --master "local[$c]" --input "$input" --output "$work/out" \
      > "$work/run.log" 2>&1; } 2> "$work/time" || true
    line="$(grep '^whosaid-spark: .* articles/s' "$work/run.log" || true)"
    if [[ -z "$line" ]]; then
      echo "run failed on $c core(s):" >&2
      tail -20 "$work/run.log" >&2
      exit 1
    fi
    rate="$(sed -E 's/.*\(([0-9.]+) articles\/s\).*/\1/' <<< "$line")"
    rates[$c]+="$rate "
    read -r wall user sys < "$work/time"
    cpu="$(awk -v u="$user" -v s="$sys" -v n="$articles" 'BEGIN {printf "%.0f s, %.2f s per article", u + s, (u + s) / n}')"
    echo "cores $c run $r: ${line#whosaid-spark: }; JVM ${wall} s, processor time $cpu;" \
      "load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
declare -A medians
for c in ${CORES:-1 2}; do
  read -r median low high < <(tr ' ' '\n' <<< "${rates[$c]}" | grep . | sort -g |
    awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR]}')
  medians[$c]="$median"
  echo "cores $c: median $median articles/s (fastest $high, slowest $low)"
done
if [[ -n "${medians[1]:-}" && -n "${medians[2]:-}" ]]; then
  awk -v a="${medians[1]}" -v b="${medians[2]}" 'BEGIN {printf "speed-up from 1 to 2 cores: %.2fx\n", b / a}'
fi
