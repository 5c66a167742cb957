#!/usr/bin/env bash
# Query latency of this build against an earlier build's jar, in the same run, and whether both give
# the same results: the same bench (bench module) runs alternately on each build's store, REPEAT times,
# and each run's digest (every query of its first round with its total and result ids) is compared.
#
#   bench/store-compare.sh OLD_JAR OLD_STORE NEW_STORE [bench options, e.g. --rounds 5 --queries 200]
#
# OLD_STORE is a store the earlier build can read (built with it, or an earlier-format view of
# NEW_STORE made by `EarlierFormatView`); both stores must hold the same articles. REPEAT (default 2).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"
old_jar="$1"; old_store="$2"; new_store="$3"; shift 3
out="${OUT:-$(mktemp -d -t whosaid-store-compare.XXXXXX)}"
opts=${WHOSAID_JAVA_OPTS:--Xmx3g}
for ((i = 1; i <= ${REPEAT:-2}; i++)); do
  echo "== run $i, earlier build ($old_jar) on $old_store"
  java $opts -cp "$bench_jar:$old_jar" org.whosaid.bench.StoreBench --store "$old_store" --digest "$out/old-$i.txt" "$@"
  echo "== run $i, this build on $new_store"
  java $opts -cp "$bench_cp" org.whosaid.bench.StoreBench --store "$new_store" --digest "$out/new-$i.txt" "$@"
done
# Totals past the exact bound are lower bounds ("10000+"): the result ids must be the same, and the
# totals where both are exact; a lower bound must not exceed the exact total.
python3 - "$out/old-1.txt" "$out/new-1.txt" <<'PY'
import sys
def rows(path):
    with open(path, encoding="utf-8") as f:
        return [(line.rstrip("\n").split("\t") + ["", "", "", ""])[:4] for line in f]
old, new = rows(sys.argv[1]), rows(sys.argv[2])
assert len(old) == len(new), "the two runs asked different numbers of queries"
other = total = bound = 0
for o, n in zip(old, new):
    assert o[:2] == n[:2], f"the two runs asked different queries: {o[:2]} / {n[:2]}"
    if o[3] != n[3]:
        other += 1
        print("OTHER RESULTS:", o[0], o[1], "\n  earlier:", o[3][:300], "\n  this:   ", n[3][:300])
    if n[2].endswith("+"):
        bound += 1
        if int(n[2][:-1]) > int(o[2]):
            print("LOWER BOUND ABOVE THE EXACT TOTAL:", o[:3], n[2])
    elif n[2] != o[2]:
        total += 1
        print("OTHER TOTAL:", o[:3], n[2])
print(f"{len(old)} queries: {other} with other results, {total} with another exact total, "
      f"{bound} totals now a lower bound")
PY
echo "digests: $out"
