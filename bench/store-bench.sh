#!/usr/bin/env bash
# Store benchmark: ingest rate (with extraction, and of the store alone) and query latency over a
# store of at least 100,000 statements. Arguments go to the bench, e.g.
#   bench/store-bench.sh --store /tmp/bench-store --extract ../shared/data/polnear/train/text --articles 100
#   bench/store-bench.sh --store /tmp/bench-store2 --template ~/.local/share/whosaid --statements 10000000
# WHOSAID_JAR=path/to/an/earlier/whosaid.jar runs the same bench against that build's store instead
# (see store-compare.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"
cp="$bench_cp"
if [[ -n "${WHOSAID_JAR:-}" ]]; then
  cp="$bench_jar:$WHOSAID_JAR"
fi
exec java ${WHOSAID_JAVA_OPTS:--Xmx3g} -cp "$cp" org.whosaid.bench.StoreBench "$@"
