#!/usr/bin/env python3
"""Compares two sets of per-article results: prints how many agree, and the first differences.

    bench/same-results.py A B

A and B are each either the standard output of `whosaid extract --format json` saved to a file
(JSON objects one after another), or the output folder of a `whosaid-spark --format json` job (its
results/ part files, one result per line). Articles are compared in input order. Exit code 0 where
every article's result is the same, 1 otherwise.
"""
import json
import pathlib
import sys


def results(path):
    p = pathlib.Path(path)
    if p.is_dir():
        parts = sorted(f for f in (p / "results").iterdir() if f.name.startswith("part-"))
        return [json.loads(line) for f in parts for line in f.read_text("utf-8").splitlines() if line.strip()]
    text, decoder, out, i = p.read_text("utf-8"), json.JSONDecoder(), [], 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        value, i = decoder.raw_decode(text, i)
        out.append(value)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, b = results(sys.argv[1]), results(sys.argv[2])
    same = sum(1 for x, y in zip(a, b) if x == y)
    statements = sum(len(x.get("attributions", [])) for x in a)
    print(f"{len(a)} and {len(b)} articles ({statements} statements in the first); {same} results the same")
    shown = 0
    for x, y in zip(a, b):
        if x != y and shown < 5:
            shown += 1
            print(f"differs: {x.get('id')} / {y.get('id')}")
    sys.exit(0 if len(a) == len(b) == same else 1)


if __name__ == "__main__":
    main()
