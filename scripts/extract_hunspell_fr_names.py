#!/usr/bin/env python3
"""Extracts name lists from the French Hunspell dictionary of Debian's
hunspell-fr (Dicollecte, MPL-2.0), whose entries carry a part-of-speech tag:
po:prn (given names, international), po:patr (surnames) and po:npr (other
proper nouns: towns, countries, companies, stars). Writes
redaction/data/given_names_hunspell.txt, surnames_hunspell.txt and
proper_nouns_hunspell.txt.

Usage: scripts/extract_hunspell_fr_names.py /usr/share/hunspell/fr.dic OUT_DIR
"""
import os
import sys

HEADER = ("# {what}, from Debian's hunspell-fr (Dicollecte French dictionary, MPL-2.0,\n"
          "# https://grammalecte.net), entries tagged {tag}. Extracted by\n"
          "# scripts/extract_hunspell_fr_names.py.\n")


def main():
    dic, out = sys.argv[1], sys.argv[2]
    lists = {"po:prn": set(), "po:patr": set(), "po:npr": set()}
    with open(dic, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.split()
            if not parts:
                continue
            word = parts[0].split("/")[0]
            if len(word) < 2 or not word[0].isupper() or " " in word:
                continue
            for tag in lists:
                if tag in parts[1:]:
                    lists[tag].add(word)
    for tag, name, what in (("po:prn", "given_names_hunspell.txt", "Given names"),
                            ("po:patr", "surnames_hunspell.txt", "Surnames"),
                            ("po:npr", "proper_nouns_hunspell.txt",
                             "Proper nouns that are not people (places, companies, stars)")):
        words = sorted(lists[tag])
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(HEADER.format(what=what, tag=tag))
            f.write("\n".join(words) + "\n")
        print(name, len(words))


if __name__ == "__main__":
    main()
