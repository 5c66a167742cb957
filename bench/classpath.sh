#!/usr/bin/env bash
# Sourced by the bench scripts: builds the bench module where its sources are newer than its jar, and
# sets $bench_cp to the bench jar and its dependencies (the whosaid core, CoreNLP and its models).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$root/bench/target/whosaid-bench.jar"
if [[ ! -f "$bench_jar" || ! -f "$root/bench/target/classpath.txt" \
      || -n "$(find "$root/core/src/main" "$root/bench/src/main" -newer "$bench_jar" -print -quit 2>/dev/null)" ]]; then
  (cd "$root" && ./mvnw -q -B -o package -pl bench -am -DskipTests -Dspotless.check.skip) >&2
fi
bench_cp="$bench_jar:$(cat "$root/bench/target/classpath.txt")"
