#!/usr/bin/env python3
"""Builds the world place gazetteer, redaction/data/world_places.tsv and
world_places_ambiguous.tsv, from Debian data:

- GeoNames (CC BY 4.0, geonames.org) as Debian's geonames packages ship it:
  the cities of 30,000 people or more (15,000 in the Americas, Spain and
  France: GeoNames' cities15000 has no smaller town) and the first-level
  divisions of every country (libgeonames0 for the cities and their
  population, the translations of libgeonames-common for the English, Spanish
  and French names);
- iso-codes (LGPL-2.1+): first-level ISO 3166-2 subdivisions (states,
  provinces, departments, regions) with their Spanish and French translations,
  and the ISO 3166-1 countries places.tsv lacks (names that are also given
  names, "Israel", "Chad", and official forms, "Russian Federation");
- tzdata (public domain): the cities that name the time zones of zone1970.tab.

The output needs none of these at run time: it is compiled into the binary
like the other files of redaction/data. Places already in the hand-written
places.tsv are left out (that file wins).

Each name is classed by what else it is, folded (lower case, no accents):
- also a given name or surname of the shipped name lists (or of
  ambiguous_names.txt), or for a name of several words, every word a name
  or, between two names, an initial ("Florence", "Jackson", "Vicente López",
  "José C. Paz"): world_places_ambiguous.tsv. The
  redactor keeps such a word as a place only where the text says it is one;
- an ordinary Spanish, French or English word (Hunspell: "Orange", "Mesa"):
  world_places_ambiguous.tsv too, unless a city of a million people or more
  and no Spanish word ("Hamburg"), then matched only when capitalized;
- a name of several words starting with an ordinary word or an article ("La
  Paz", "Le Havre"): matched only when capitalized ('=');
- otherwise world_places.tsv (redaction/place_veto.h says how the redactor
  weighs each kind).
Names of one to three letters are left out (abbreviations, OCR debris).

Usage (needs `apt-get install libgeonames0 libgeonames-common iso-codes
tzdata hunspell-es hunspell-fr hunspell-en-us`):

    scripts/build_world_places.py redaction/data [MIN_POPULATION]
"""
import ctypes
import gettext
import json
import os
import re
import sys
import unicodedata

MIN_POPULATION = 30000  # smaller towns collide with surnames too often ("Sokolov", "Werder")
BIG_CITY = 1000000
# The Americas (the route and where people come from), Spain and France.
REGION = set("MX GT BZ SV HN NI CR PA CU HT DO PR JM CO VE EC PE BO CL AR UY PY BR GY SR GF US "
             "CA ES FR".split())
MIN_POPULATION_REGION = 15000
LOCALE = "/usr/share/locale/{lang}/LC_MESSAGES/{domain}.mo"
PARTICLES = {"de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "das", "dos", "di",
             "du", "des", "le", "les", "van", "von", "der", "den", "al", "d", "l", "of", "the",
             "and", "et", "sur", "sous", "lo", "a", "au", "aux", "en"}
# Words of a division's name that say what kind of division it is.
DIVISION_PREFIXES = [
    "free and sovereign state of ", "state of ", "province of ", "region of ", "republic of ",
    "estado libre y soberano de ", "estado de ", "provincia de ", "provincia del ",
    "departamento de ", "departamento del ", "distrito de ", "distrito del ", "region de ",
    "región de ", "region del ", "región del ", "parroquia de ", "municipio de ", "comuna de ",
    "état d'", "état de ", "état du ", "province de ", "province du ", "province d'",
    "département de ", "département du ", "département d'", "région de ", "région du ",
    "région d'", "région ", "district de ", "district du ", "canton de ", "canton du ",
    "gouvernorat de ", "wilaya de ", "oblast de ", "comté de ", "paroisse de ",
]
DIVISION_SUFFIXES = [
    " region", " province", " department", " district", " state", " governorate",
    " oblast", " county", " prefecture", " municipality", " parish", " canton", " division",
    " territory", " voivodeship", " krai", " republic", " emirate", " autonomous community",
    " regional unit",
]


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s):
    return re.findall(r"\w+", fold(s))


def read_list(path):
    out = set()
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(fold(line.split("\t")[0]))
    return out


def read_hunspell_words(path):
    """Lower-case stems of a Hunspell .dic: ordinary words."""
    out = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            w = line.split("/")[0].split()[0] if line.strip() else ""
            if w and w[0].islower() and " " not in w:
                out.add(fold(w))
    return out


def mo(domain, lang):
    path = LOCALE.format(lang=lang, domain=domain)
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as f:
        return {k: v for k, v in gettext.GNUTranslations(f)._catalog.items() if k}


def geonames_populations():
    """English city name -> largest population among the cities of that name
    (those of the Americas, Spain and France apart: the migration's region
    and the testimonies' languages keep smaller towns)."""
    lib = ctypes.CDLL("libgeonames.so.0")
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    for f in ("name", "country_code"):
        getattr(lib, "geonames_city_get_" + f).restype = ctypes.c_char_p
        getattr(lib, "geonames_city_get_" + f).argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    pop, region_pop = {}, {}
    for i in range(lib.geonames_get_n_cities()):
        city = lib.geonames_get_city(i)
        name = lib.geonames_city_get_name(city).decode("utf-8")
        n = lib.geonames_city_get_population(city)
        pop[name] = max(pop.get(name, 0), n)
        if lib.geonames_city_get_country_code(city).decode("ascii") in REGION:
            region_pop[name] = max(region_pop.get(name, 0), n)
        lib.geonames_city_free(city)
    return pop, region_pop


def division_forms(name):
    """A division's name and its short form ("Cuvette Department" -> "Cuvette")."""
    forms = [name]
    low = name.lower()
    for p in DIVISION_PREFIXES:
        if low.startswith(p) and len(name) > len(p) + 3:
            forms.append(name[len(p):])
            break
    low = forms[-1].lower()
    for s in DIVISION_SUFFIXES:
        if low.endswith(s) and len(low) > len(s) + 3:
            forms.append(forms[-1][: -len(s)])
            break
    return forms


def usable(name):
    if not name or any(ch.isdigit() for ch in name) or any(ch in name for ch in "(),/;:[]"):
        return False
    ws = words(name)
    if not ws or len(ws) > 5:
        return False
    if len(ws) == 1 and len(ws[0]) <= 3:
        return False
    return name[0].isupper() or not name[0].isalpha()


def main():
    global MIN_POPULATION
    out_dir = sys.argv[1]
    if len(sys.argv) > 2:
        MIN_POPULATION = int(sys.argv[2])
    data = out_dir
    person = set()
    for f in ("given_names.txt", "given_names_extra.txt", "given_names_hunspell.txt",
              "surnames.txt", "surnames_extra.txt", "surnames_hunspell.txt",
              "ambiguous_names.txt"):
        person |= read_list(os.path.join(data, f))
    common_es = read_hunspell_words("/usr/share/hunspell/es_ES.dic") | read_hunspell_words(
        "/usr/share/hunspell/es_MX.dic")
    common = common_es | read_hunspell_words("/usr/share/hunspell/fr.dic") | read_hunspell_words(
        "/usr/share/hunspell/en_US.dic")
    curated = set()
    with open(os.path.join(data, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            for n in [fields[1].lstrip("=")] + (fields[2].split("|") if len(fields) > 2 else []):
                curated.add(" ".join(words(n)))

    # place id -> (kind, [names]); English name first.
    places = {}
    geo = {lang: mo("geonames", lang) for lang in ("en", "es", "fr")}
    pop, region_pop = geonames_populations()
    for key, name in geo["en"].items():
        if key.isdigit():
            kind, names = "city", [name]
        elif "." in key:
            kind, names = "state", division_forms(name)
        else:
            continue  # countries: places.tsv has them from ICU
        for lang in ("es", "fr"):
            t = geo[lang].get(key)
            if t:
                names += division_forms(t) if kind == "state" else [t]
        places[("geonames", key)] = (kind, names)

    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]
    iso_mo = {lang: mo("iso_3166-2", lang) for lang in ("es", "fr")}
    for sub in iso:
        if "parent" in sub:
            continue  # first-level divisions only: districts and communes are too small
        names = division_forms(sub["name"])
        for lang in ("es", "fr"):
            t = iso_mo[lang].get(sub["name"])
            if t:
                names += division_forms(t)
        places[("iso", sub["code"])] = ("state", names)

    # Countries places.tsv leaves out because they are also given names or
    # words ("Israel", "Chad", "Mali"): the ISO 3166-1 names and their
    # translations, classed like every other name below (curated ones are
    # skipped there).
    countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    country_mo = {lang: mo("iso_3166-1", lang) for lang in ("es", "fr")}
    for c in countries:
        names = [c["name"]]
        for lang in ("es", "fr"):
            t = country_mo[lang].get(c["name"])
            if t:
                names.append(t)
        places[("iso1", c["alpha_2"])] = ("country", names)

    with open("/usr/share/zoneinfo/zone1970.tab", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            zone = line.split("\t")[2].strip()
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
            places[("tz", zone)] = ("city", [city])

    seen = set(curated)
    lines = {"safe": [], "ambiguous": []}
    for (source, key), (kind, names) in sorted(places.items(), key=lambda kv: kv[0]):
        if (kind == "city" and source == "geonames" and pop.get(names[0], 0) < MIN_POPULATION and
                region_pop.get(names[0], 0) < MIN_POPULATION_REGION):
            continue
        groups = {"safe": [], "capital": [], "ambiguous": []}
        for name in names:
            name = name.strip()
            if not usable(name):
                continue
            ws = words(name)
            k = " ".join(ws)
            if k in seen:
                continue
            seen.add(k)
            content = [w for w in ws if w not in PARTICLES]
            if not content:
                continue
            # Initials between names are a person's too ("José C. Paz",
            # "Joaquín V. González"), not alone with one ("Washington D.C.").
            named = [w for w in content if len(w) > 1]
            if all(w in person for w in content) or (len(named) >= 2 and all(w in person for w in named)):
                groups["ambiguous"].append(name)
            elif len(ws) == 1 and ws[0] in common:
                # "Orange", "Ñandú" (Nandu): mostly the word, unless a big city
                # ("Hamburg" is a word to Hunspell too).
                if kind == "city" and pop.get(names[0], 0) >= BIG_CITY and ws[0] not in common_es:
                    groups["capital"].append(name)
                else:
                    groups["ambiguous"].append(name)
            elif ws[0] in common or ws[0] in PARTICLES:
                groups["capital"].append(name)
            else:
                groups["safe"].append(name)
        if groups["safe"]:
            lines["safe"].append(f"{kind}\t{groups['safe'][0]}\t" + "|".join(groups["safe"][1:]))
        if groups["capital"]:
            lines["safe"].append(f"{kind}\t={groups['capital'][0]}\t" + "|".join(groups["capital"][1:]))
        if groups["ambiguous"]:
            lines["ambiguous"].append(
                f"{kind}\t={groups['ambiguous'][0]}\t" + "|".join(groups["ambiguous"][1:]))

    header = (
        "# {what}\n# Generated by scripts/build_world_places.py from Debian's GeoNames\n"
        "# data (libgeonames0, libgeonames-common: cities of 30,000 people or more, 15,000\n"
        "# in the Americas, Spain and France, and first-level divisions; CC BY 4.0,\n"
        "# geonames.org), iso-codes (first-level ISO 3166-2 subdivisions and their\n"
        "# translations; LGPL-2.1+) and tzdata (zone1970.tab; public domain).\n"
        "# Format as places.tsv; places.tsv wins where both name a place.\n")
    what = {
        "safe": ("Places of the whole world. A name of several words is kept wherever it is\n"
                 "# written; of one word, where the text says a place (redaction/place_veto.h)."),
        "ambiguous": ("Places of the whole world whose names are also given names, surnames or\n"
                      "# ordinary words (Florence, Jackson, Vicente López, Mesa): kept only where\n"
                      "# the text says a place."),
    }
    for cls, fname in (("safe", "world_places.tsv"), ("ambiguous", "world_places_ambiguous.tsv")):
        with open(os.path.join(out_dir, fname), "w", encoding="utf-8") as f:
            f.write(header.format(what=what[cls]))
            for line in lines[cls]:
                f.write(line.rstrip("\t") + "\n")
        print(f"{fname}: {len(lines[cls])} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
