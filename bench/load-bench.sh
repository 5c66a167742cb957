#!/usr/bin/env bash
# Load benchmark of the server: starts `whosaid serve` on a store at a free port of 127.0.0.1, sends it
# 10, 50 and 100 concurrent clients (LoadBench of the bench module), prints throughput, p50 and p99 per
# number of clients, and stops the server.
#
#   bench/load-bench.sh STORE [LoadBench options, e.g. --clients 10,50,100 --seconds 20 --rounds 3]
#
# WHOSAID_JAR: the whosaid jar whose server is measured (default: this build's cli/target/whosaid.jar),
# e.g. an earlier build's, for a baseline in the same run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="$1"; shift
source "$root/bench/classpath.sh"
jar="${WHOSAID_JAR:-$root/cli/target/whosaid.jar}"
if [[ -z "${WHOSAID_JAR:-}" && ( ! -f "$jar" || -n "$(find "$root/core/src/main" "$root/server/src/main" "$root/cli/src/main" -newer "$jar" -print -quit)" ) ]]; then
  (cd "$root" && ./mvnw -q -B -o package -pl cli -am -DskipTests -Dspotless.check.skip) >&2
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
log="$(mktemp -t whosaid-serve.XXXXXX)"
java ${WHOSAID_SERVER_OPTS:--Xmx2g} -jar "$jar" serve --store "$store" --host 127.0.0.1 --port "$port" > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/api/counts" > /dev/null 2>&1; then break; fi
  sleep 0.5
done
echo "server: $jar on $store"
java ${WHOSAID_JAVA_OPTS:--Xmx1g} -cp "$bench_cp" org.whosaid.bench.LoadBench --url "http://127.0.0.1:$port" "$@"
