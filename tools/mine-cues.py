#!/usr/bin/env python3
"""Mines the cue lexicon of whosaid from the PolNeAR train split.

For every word form (lower case) it counts how often the form stands inside an annotated cue span
and how often it occurs in the articles at all; the ratio is an estimate of how reliably the word
introduces an attribution. Only forms seen in a cue at least MIN times are kept.

  python3 tools/mine-cues.py ../shared/data/polnear/train \
      > core/src/main/resources/org/whosaid/extract/cues.tsv

Data: PolNeAR (Newell, Margolin & Ruths, LREC 2018). Where an article has several annotators,
the lexicographically first annotation file is read, as the reference scorer does.
"""
import collections
import os
import re
import sys

WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)")
E_LINE = re.compile(r"^(E\d+)\t(.*)$")
MIN = 3


def cue_spans(ann_path):
    spans, cues = {}, []
    with open(ann_path, encoding="utf-8") as f:
        for line in f:
            m = T_LINE.match(line)
            if m:
                spans[m.group(1)] = [tuple(int(x) for x in fr.split()) for fr in m.group(3).split(";")]
                continue
            m = E_LINE.match(line)
            if m:
                for arg in m.group(2).split():
                    role, _, tid = arg.partition(":")
                    if re.sub(r"\d+$", "", role) == "Cue" and tid in spans:
                        cues.extend(spans[tid])
    return cues


def main(split):
    anns = {}
    for fn in sorted(os.listdir(os.path.join(split, "attributions"))):
        if fn.endswith(".ann"):
            anns.setdefault(fn[:-4].rsplit("_", 1)[0], fn)
    in_cue, total = collections.Counter(), collections.Counter()
    for name, fn in sorted(anns.items()):
        with open(os.path.join(split, "text", name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        marked = bytearray(len(text))
        for s, e in cue_spans(os.path.join(split, "attributions", fn)):
            marked[s:e] = b"\x01" * (e - s)
        for m in WORD.finditer(text):
            w = m.group(0).lower().replace("\u2019", "'")
            total[w] += 1
            if marked[m.start()]:
                in_cue[w] += 1
    print("# form\tcue\ttotal\t(PolNeAR train: times inside a cue span, times in the text)")
    for w, c in sorted(in_cue.items(), key=lambda x: (-x[1], x[0])):
        if c >= MIN:
            print("%s\t%d\t%d" % (w, c, total[w]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train")
