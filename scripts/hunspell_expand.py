#!/usr/bin/env python3
"""Prints the word forms of a Hunspell dictionary: each stem of the .dic file
and the forms its suffix rules (SFX, one level) make. Prefix rules (French
elisions l', d', qu'...) are skipped: the name detector splits on apostrophes.
Handles FLAG long/num/UTF-8 and the default one-character flags.

Usage: scripts/hunspell_expand.py DICT.dic DICT.aff > forms.txt
"""
import re
import sys


def read_aff(path):
    flag_mode = "char"
    rules = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "FLAG" and len(parts) > 1:
            flag_mode = parts[1]
        elif parts[0] == "SFX" and len(parts) >= 5:
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            add = add.split("/")[0]
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add
            try:
                regex = re.compile("(?:" + cond + ")$") if cond != "." else None
            except re.error:
                continue
            rules.setdefault(flag, []).append((strip, add, regex))
    return flag_mode, rules


def split_flags(s, mode):
    if mode == "long":
        return [s[i:i + 2] for i in range(0, len(s), 2)]
    if mode == "num":
        return s.split(",")
    return list(s)


def main():
    dic, aff = sys.argv[1], sys.argv[2]
    mode, rules = read_aff(aff)
    out = set()
    with open(dic, encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            entry = line.split()[0] if line.split() else ""
            if not entry:
                continue
            word, _, flags = entry.partition("/")
            word = word.replace("\\/", "/")
            out.add(word)
            for fl in split_flags(flags, mode):
                for strip, add, regex in rules.get(fl, ()):
                    if strip and not word.endswith(strip):
                        continue
                    if regex is not None and not regex.search(word):
                        continue
                    out.add(word[: len(word) - len(strip)] + add)
    sys.stdout.write("\n".join(sorted(out)) + "\n")


if __name__ == "__main__":
    main()
