#!/usr/bin/env bash
# Compares whosaid with Stanford CoreNLP's own quote attribution on the same articles: both are run on
# the texts of a gold folder (from the bench module: CoreNlpQuotes and ExtractThroughput), scored with
# `whosaid eval --pred` (and score.py where present), and timed.
#
#   bench/compare-corenlp.sh [GOLD_DIR]        default: PolNeAR dev beside the project
#   THREADS=2 REPEAT=3 EVERY=1 OUT=DIR bench/compare-corenlp.sh
#
# THREADS: articles processed at once on each side (the same for both); REPEAT: runs over the corpus in
# one JVM (median and spread are reported; the model load is timed once per side); OUT: where the
# predictions, tables and figures are kept (default: a new temporary folder); EVERY=N: only every N-th
# article (in name order) of the gold folder, for a quicker run.
set -euo pipefail
export LC_COLLATE=C
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="$(cd "${1:-$root/../shared/data/polnear/dev}" && pwd)"
threads="${THREADS:-2}"
repeat="${REPEAT:-3}"
out="${OUT:-$(mktemp -d -t whosaid-compare.XXXXXX)}"
mkdir -p "$out"
every="${EVERY:-1}"
if (( every > 1 )); then
  subset="$out/gold-every-$every"
  mkdir -p "$subset/text" "$subset/attributions"
  i=0
  for t in "$gold"/text/*.txt; do
    if (( i % every == 0 )); then
      name="$(basename "$t" .txt)"
      ln -sf "$t" "$subset/text/"
      for a in "$gold"/attributions/*.ann; do
        stem="$(basename "$a" .ann)"
        if [[ "${stem%_*}" == "$name" ]]; then ln -sf "$a" "$subset/attributions/"; fi
      done
    fi
    i=$((i + 1))
  done
  gold="$subset"
fi

(cd "$root" && ./mvnw -q -B -o package -DskipTests -Dspotless.check.skip)
jar="$root/cli/target/whosaid.jar"
source "$root/bench/classpath.sh"
# Both sides get the same processors: the first THREADS of them, where taskset exists.
pin=()
if command -v taskset >/dev/null && (( $(nproc) > threads )); then
  pin=(taskset -c "0-$((threads - 1))")
fi

echo "== CoreNLP quote attribution on $gold ($threads threads, $repeat runs)" >&2
"${pin[@]}" java -Xmx5g -Dfile.encoding=UTF-8 -cp "$bench_cp" \
  org.whosaid.bench.CoreNlpQuotes "$gold" "$out/corenlp" "$threads" "$repeat" \
  > "$out/corenlp-throughput.json" 2> "$out/corenlp.log"
grep -h '^CoreNLP quote attribution throughput' "$out/corenlp.log" > "$out/corenlp-throughput.txt"

echo "== whosaid on $gold ($threads threads, $repeat runs)" >&2
"${pin[@]}" java -Xmx3g -Dfile.encoding=UTF-8 -cp "$bench_cp" org.whosaid.bench.ExtractThroughput \
  --gold "$gold" --out "$out/whosaid" --threads "$threads" --repeat "$repeat" > "$out/whosaid-run.txt"
grep -h '^throughput' "$out/whosaid-run.txt" | sed 's/^/whosaid /' > "$out/whosaid-throughput.txt"

for side in whosaid corenlp; do
  java -jar "$jar" eval --gold "$gold" --pred "$out/$side" > "$out/$side-table.txt"
  if command -v python3 >/dev/null && [[ -f "$root/../shared/tools/score.py" ]]; then
    python3 "$root/../shared/tools/score.py" --gold "$gold" --pred "$out/$side" > "$out/$side-score-py.txt"
    # whosaid eval prints what score.py prints, then the calibration, which score.py does not measure.
    if head -n "$(wc -l < "$out/$side-score-py.txt")" "$out/$side-table.txt" | cmp -s - "$out/$side-score-py.txt"; then
      echo "score.py agrees with whosaid eval on $side, figure for figure"
    else
      echo "score.py DIFFERS from whosaid eval on $side:"; diff "$out/$side-score-py.txt" "$out/$side-table.txt" || true
    fi
  fi
done

echo
printf '%-118s %s\n' "whosaid" "CoreNLP quote attribution"
pr -m -t -w 240 "$out/whosaid-table.txt" "$out/corenlp-table.txt"
echo

echo "throughput on the same $threads processors, runs repeated in one JVM (median, with the fastest and slowest run):"
cat "$out/whosaid-throughput.txt" "$out/corenlp-throughput.txt"
# "... = A articles/s, T tokens/s (L tokens/s with the load)" -> T and L
# and "= C tokens per processor-second" -> C
rate() { sed -E 's/.* ([0-9.]+) tokens\/s \(([0-9.]+) tokens\/s with the load\).* ([0-9.]+) tokens per processor-second.*/\1 \2 \3/' "$1"; }
read -r w_tps w_load w_cpu < <(rate "$out/whosaid-throughput.txt")
read -r c_tps c_load c_cpu < <(rate "$out/corenlp-throughput.txt")
awk -v w="$w_tps" -v c="$c_tps" -v wl="$w_load" -v cl="$c_load" -v wc="$w_cpu" -v cc="$c_cpu" 'BEGIN {
  printf "tokens/s ratio whosaid/CoreNLP: %.2f excluding the model load, %.2f including it, %.2f per processor-second\n",
    w / c, wl / cl, wc / cc }'
echo "predictions, tables and figures: $out"
