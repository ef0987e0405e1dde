#!/usr/bin/env python3
"""Learns two word lists for the name detector from the TRAIN splits of the
labeled data (never from dev): MEDDOCAN train (BRAT) and WNUT17 train (CoNLL).

- name_words.txt: words seen as (part of) a person's name at least as often as
  capitalized outside a name: they count as name evidence like a gazetteer hit.
- not_name_words.txt: words seen capitalized at least MIN_OTHER times and never
  in a person's name (drug names, section headings, brands, acronyms): they
  count as ordinary words.

Usage: scripts/train_name_lexicon.py SHARED_DATA_DIR REDACTION_DATA_DIR [--wnut-fold 0|1]

--wnut-fold N learns from the WNUT17 train documents of parity N only (0: even,
1: odd, numbered as bench/redaction_eval --fold numbers them), to measure by
two-fold cross-validation what the lists add on documents they never saw.
Write those lists to a scratch directory, not to redaction/data.
"""
import collections
import glob
import os
import re
import sys
import unicodedata

MIN_OTHER = 2
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
PERSON_BRAT = {"NOMBRE_SUJETO_ASISTENCIA", "NOMBRE_PERSONAL_SANITARIO"}


def fold(s):
    s = s.lower().replace("\u2019", "'")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def count_text(text, person_spans, counts):
    for m in WORD.finditer(text):
        w = m.group(0)
        if len(w) < 2:
            continue
        f = fold(w)
        inside = any(b <= m.start() and m.end() <= e for b, e in person_spans)
        if inside:
            counts[f][0] += 1
        elif w[0].isupper():
            counts[f][1] += 1


def meddocan(shared, counts):
    for txt in sorted(glob.glob(os.path.join(shared, "meddocan-es", "train", "*.txt"))):
        with open(txt, encoding="utf-8") as f:
            text = f.read()
        spans = []
        with open(txt[:-4] + ".ann", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("T"):
                    continue
                typ, rest = line.split("\t")[1].split(" ", 1)
                if typ in PERSON_BRAT:
                    b, e = rest.split(";")[0].split()
                    spans.append((int(b), int(e)))  # code point offsets, as Python's
        count_text(text, spans, counts)


def wnut(shared, counts, fold=None):
    tokens, spans = [], []
    pos = 0
    docs = [0]  # documents seen (non-empty blocks between blank lines)
    path = os.path.join(shared, "wnut17-en", "wnut17train.conll")

    def flush():
        if not tokens:
            return
        if fold is None or docs[0] % 2 == fold:
            count_text(" ".join(tokens), spans, counts)
        docs[0] += 1

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                tokens, spans, pos = [], [], 0
                continue
            tok, tag = line.rsplit(None, 1) if len(line.split()) >= 2 else (line, "O")
            if tag.endswith("-person"):
                spans.append((pos, pos + len(tok)))
            tokens.append(tok)
            pos += len(tok) + 1
    flush()


HEADER = ("# {what}\n# Learned by scripts/train_name_lexicon.py from the train splits of MEDDOCAN\n"
          "# (CC BY 4.0, (c) 2019 SEAD) and WNUT17 (CC BY 4.0). Folded (lower case, no accents).\n")


def main():
    shared, out = sys.argv[1], sys.argv[2]
    fold = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--wnut-fold" else None
    counts = collections.defaultdict(lambda: [0, 0])  # folded -> [in person, capitalized other]
    meddocan(shared, counts)
    wnut(shared, counts, fold)
    names = sorted(w for w, (p, o) in counts.items() if p >= 1 and p >= o)
    others = sorted(w for w, (p, o) in counts.items() if p == 0 and o >= MIN_OTHER)
    with open(os.path.join(out, "name_words.txt"), "w", encoding="utf-8") as f:
        f.write(HEADER.format(what="Words seen in person names at least as often as capitalized elsewhere."))
        f.write("\n".join(names) + "\n")
    with open(os.path.join(out, "not_name_words.txt"), "w", encoding="utf-8") as f:
        f.write(HEADER.format(what=f"Words seen capitalized >= {MIN_OTHER} times and never in a person name."))
        f.write("\n".join(others) + "\n")
    print(len(names), "name words,", len(others), "not-name words")


if __name__ == "__main__":
    main()
