#!/usr/bin/env bash
# Extracts the hand-annotated sets that live beside the project and scores them with the reference
# checks: PolNeAR dev (score.py), its speakers (speakercheck.py), news from other outlets
# (newscheck.py), and the bundled seed article (seedcheck.py). Extra arguments go to every extract
# (e.g. --without pronoun).
#
#   tools/accuracy.sh OUT [EXTRACT-OPTION...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WHOSAID_SHARED:-$root/../shared}"
out="${1:?usage: tools/accuracy.sh OUT [EXTRACT-OPTION...]}"
shift
[[ -d "$shared/data" ]] || { echo "tools/accuracy.sh: $shared/data is absent" >&2; exit 2; }
mkdir -p "$out/dev" "$out/news" "$out/seed"
cd "$root"
./whosaid extract --format json --out "$out/dev" "$@" "$shared/data/polnear/dev/text" > /dev/null
./whosaid extract --format json --out "$out/news" "$@" "$shared/data/news-dev/articles.jsonl" > /dev/null
./whosaid extract --format json --published 2017-03-31 "$@" examples/flynn-immunity.txt > "$out/seed/flynn-immunity.json"
{
  echo "== PolNeAR dev (score.py)"
  python3 "$shared/tools/score.py" --gold "$shared/data/polnear/dev" --pred "$out/dev" | tail -5
  echo "== speakers-dev (speakercheck.py)"
  python3 "$shared/tools/speakercheck.py" --speakers "$shared/data/polnear/speakers-dev" \
    --text "$shared/data/polnear/dev/text" --pred "$out/dev" | tail -2
  echo "== news-dev (newscheck.py)"
  python3 "$shared/tools/newscheck.py" --gold "$shared/data/news-dev" --pred "$out/news" | tail -8
  echo "== seed article (seedcheck.py)"
  python3 "$shared/tools/seedcheck.py" examples/flynn-immunity.gold.json "$out/seed/flynn-immunity.json" \
    --text examples/flynn-immunity.txt | tail -1
} | tee "$out/figures.txt"
