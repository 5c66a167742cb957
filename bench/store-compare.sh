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
# Totals past the exact bound are lower bounds ("10000+"): compare the result ids, and the totals
# where both are exact.
compare() {
  paste "$1" "$2" | awk -F'\t' '
    { n++; if ($4 != $8) { ids++; if (ids <= 5) print "DIFFERENT RESULTS: " $1 " " $2 } 
      else if ($3 != $7 && $7 !~ /\+$/) { tot++; if (tot <= 5) print "DIFFERENT TOTAL: " $1 " " $2 " " $3 " " $7 } 
      else if ($7 ~ /\+$/) bound++ }
    END { printf "%d queries: %d with other results, %d with another exact total, %d totals now a lower bound\n", n, ids, tot, bound }'
}
compare "$out/old-1.txt" "$out/new-1.txt"
echo "digests: $out"
