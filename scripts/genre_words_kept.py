#!/usr/bin/env python3
"""Words kept and removed by `amparo redact` on hand-written genre sets.

redaction_eval scores person precision inside person spans only; a count in
number words taken for [PHONE], or a family word redacted with a name, is
not seen there. This reads the sets' labels (bench/labeled_data.h LoadInline
format), redacts each document with `amparo redact --lang L` (text on stdin,
nothing written to disk) and prints, per file and in all, how many words
outside PER/PHONE/EMAIL/ID/STREET/POSTAL/DATE labels are still in the output
(aligned word by word) and how many words inside them are gone.

  scripts/genre_words_kept.py AMPARO_BINARY [GENRE_FILE...]
  (default files: bench/genre_sets/over_redaction_*.txt)
"""
import difflib
import glob
import os
import re
import subprocess
import sys

REMOVED = {"PER", "PHONE", "EMAIL", "ID", "STREET", "POSTAL", "DATE"}
LABEL = re.compile(r"\[\[(\w+):(.*?)\]\]")
WORD = re.compile(r"\w+")


def documents(path):
    lang, cur, docs = "es", [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            if line.startswith("# lang:"):
                lang = line.split(":", 1)[1].strip()
            continue
        if not line:
            if cur:
                docs.append("\n".join(cur))
            cur = []
            continue
        cur.append(line)
    if cur:
        docs.append("\n".join(cur))
    return lang, docs


def plain_and_words(doc):
    plain, words, pos = "", [], 0
    for m in LABEL.finditer(doc):
        before = doc[pos:m.start()]
        plain += before + m.group(2)
        words += [(w, False) for w in WORD.findall(before)]
        words += [(w, m.group(1) in REMOVED) for w in WORD.findall(m.group(2))]
        pos = m.end()
    plain += doc[pos:]
    words += [(w, False) for w in WORD.findall(doc[pos:])]
    return plain, words


def main():
    binary = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = sys.argv[2:] or sorted(glob.glob(os.path.join(root, "bench/genre_sets/over_redaction_*.txt")))
    total = [0, 0, 0, 0]  # kept, to keep, removed, to remove
    for path in files:
        lang, docs = documents(path)
        counts = [0, 0, 0, 0]
        for doc in docs:
            plain, words = plain_and_words(doc)
            out = subprocess.run([binary, "redact", "--lang", lang], input=plain, capture_output=True,
                                 text=True, check=True).stdout
            match = difflib.SequenceMatcher(a=[w for w, _ in words], b=WORD.findall(out), autojunk=False)
            present = {a + k for a, _, n in match.get_matching_blocks() for k in range(n)}
            for i, (_, remove) in enumerate(words):
                if remove:
                    counts[3] += 1
                    counts[2] += i not in present
                else:
                    counts[1] += 1
                    counts[0] += i in present
        total = [t + c for t, c in zip(total, counts)]
        print("%-32s words kept %4d/%-4d removed %3d/%d" % (os.path.basename(path), *counts))
    print("%-32s words kept %4d/%-4d (%.3f) removed %3d/%d" %
          ("all", total[0], total[1], total[0] / max(total[1], 1), total[2], total[3]))


if __name__ == "__main__":
    main()
