#!/usr/bin/env bash
# Store benchmark: ingest rate (with extraction, and of the store alone) and query latency over a
# store of at least 100,000 statements. Arguments go to the bench, e.g.
#   bench/store-bench.sh --store /tmp/bench-store --extract ../shared/data/polnear/train/text --articles 100
#   bench/store-bench.sh --store /tmp/bench-store2 --template ~/.local/share/whosaid
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/cli/target/whosaid.jar"
if [[ ! -f "$jar" || -n "$(find "$here/core/src/main" "$here/cli/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
  (cd "$here" && ./mvnw -q -B -o package -DskipTests) >&2
fi
exec java ${WHOSAID_JAVA_OPTS:--Xmx3g} -cp "$jar" org.whosaid.cli.StoreBench "$@"
