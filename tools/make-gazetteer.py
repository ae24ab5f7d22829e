#!/usr/bin/env python3
"""Build resources/gazetteer/{countries.json,countries-odbl.json} from the shared gazetteer corpus.

Python 3 standard library only. Run from anywhere:
    tools/make-gazetteer.py [--shared ../shared] [--out resources/gazetteer]

Two output files because the sources carry different licences (see resources/gazetteer/README.md):
  countries.json       names from Debian iso-codes (LGPL-2.1+) plus our curated tools/gazetteer-extra.json
  countries-odbl.json  demonyms, capitals, alternative spellings and ara/rus/kor/zho names derived from
                       mledoze/countries (ODbL-1.0: a derived database stays ODbL and needs attribution)
The library merges both at load time. Output is deterministic (sorted keys) so diffs stay reviewable.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Our six languages: the iso-codes gettext locale and the mledoze translation key for each.
ISO_LOCALES = {"ru": ["ru"], "uk": ["uk"], "ko": ["ko"], "ar": ["ar"], "zh": ["zh_CN", "zh_TW"]}
MLEDOZE_LANGS = {"ru": "rus", "ko": "kor", "ar": "ara", "zh": "zho"}
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def fold(s):
    """Matching key, close to what the C++ side folds: case, Arabic marks, ё, apostrophes, spaces."""
    s = ARABIC_MARKS.sub("", s)
    s = s.replace("ё", "е").replace("Ё", "Е").replace("\u2019", "'")
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.casefold().split())


def script_of(name):
    """Which of our display languages a curated name is written for (uk by its letters іїєґ)."""
    for ch in name:
        o = ord(ch)
        if 0x0400 <= o <= 0x04FF:
            return "uk" if any(c in name for c in "іїєґІЇЄҐ") else "ru"
        if 0xAC00 <= o <= 0xD7A3:
            return "ko"
        if 0x0600 <= o <= 0x06FF:
            return "ar"
        if 0x4E00 <= o <= 0x9FFF:
            return "zh"
    return "en"


def usable(name):
    # Inverted catalogue forms ("Korea, Republic of") never appear in running text.
    if not name or "," in name or "\u060c" in name or "(" in name:
        return False
    return len(name) >= 2


def add_term(table, code, kind, name, seen):
    name = " ".join(ARABIC_MARKS.sub("", name).split())
    if not usable(name):
        return
    key = (code, fold(name))
    if key in seen:
        return
    seen.add(key)
    table.setdefault(code, {}).setdefault(kind, []).append(name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "resources", "gazetteer"))
    args = ap.parse_args()
    gz = os.path.join(args.shared, "corpora", "gazetteer")
    with open(os.path.join(gz, "iso-codes", "iso_3166-1.json"), encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(os.path.join(gz, "iso-codes", "iso_3166-1.translations.json"), encoding="utf-8") as f:
        tr = json.load(f)["countries"]
    with open(os.path.join(gz, "mledoze-countries", "countries.json"), encoding="utf-8") as f:
        mled = json.load(f)
    with open(os.path.join(HERE, "gazetteer-extra.json"), encoding="utf-8") as f:
        extra = json.load(f)

    drop = {fold(x) for x in extra["drop"]}
    blockers = {fold(x) for x in extra["blockers"]}
    # Curated names win: a folded name curated for one code is removed from every other code.
    curated_owner = {}
    for code, kinds in extra["add"].items():
        for names in kinds.values():
            for n in names:
                curated_owner[fold(n)] = code

    def allowed(code, name):
        k = fold(name)
        if k in drop or k in blockers:
            return False
        owner = curated_owner.get(k)
        return owner is None or owner == code

    # Pass 1: candidates from both sources, to find names that two codes claim (dropped as ambiguous).
    claims = {}

    def claim(code, name):
        claims.setdefault(fold(name), set()).add(code)

    lgpl, odbl, display = {}, {}, {}
    for c in iso:
        code = c["alpha_2"]
        t = tr.get(code, {})
        curated_en = [n for n in extra["add"].get(code, {}).get("n", []) if n.isascii()]
        iso_en = [n for n in (c.get("common_name"), c["name"], c.get("official_name")) if n and usable(n)]
        display[code] = {"en": (curated_en + iso_en + [c["name"]])[0]}
        for lang, locs in ISO_LOCALES.items():
            for loc in locs:
                curated = [n for n in extra["add"].get(code, {}).get("n", []) if script_of(n) == lang]
                v = (curated[:1] or [t.get("common_names", {}).get(loc) or t.get("names", {}).get(loc)])[0]
                if v and usable(v) and lang not in display[code]:
                    display[code][lang] = ARABIC_MARKS.sub("", v)
        for n in (c["name"], c.get("common_name"), c.get("official_name")):
            if n:
                claim(code, n)
        for lang, locs in ISO_LOCALES.items():
            for loc in locs:
                for field in ("names", "common_names", "official_names"):
                    v = t.get(field, {}).get(loc)
                    if v:
                        claim(code, v)
    for m in mled:
        code = m["cca2"]
        claim(code, m["name"]["common"])
        claim(code, m["name"]["official"])
        for lang, key in MLEDOZE_LANGS.items():
            tt = m.get("translations", {}).get(key)
            if tt:
                claim(code, tt["common"])
                claim(code, tt["official"])
        for d in m.get("demonyms", {}).get("eng", {}).values():
            claim(code, d)
    ambiguous = {k for k, v in claims.items() if len(v) > 1}

    def ok(code, name):
        return allowed(code, name) and (fold(name) not in ambiguous or curated_owner.get(fold(name)) == code)

    seen = set()
    # Curated first, so the kind we chose by hand is the one kept.
    for code, kinds in sorted(extra["add"].items()):
        for kind, names in sorted(kinds.items()):
            for n in names:
                add_term(lgpl, code, kind, n, seen)
    for c in iso:
        code = c["alpha_2"]
        t = tr.get(code, {})
        for kind, n in (("n", c["name"]), ("n", c.get("common_name")), ("o", c.get("official_name"))):
            if n and ok(code, n):
                add_term(lgpl, code, kind, n, seen)
        for lang, locs in ISO_LOCALES.items():
            for loc in locs:
                for field, kind in (("common_names", "n"), ("names", "n"), ("official_names", "o")):
                    v = t.get(field, {}).get(loc)
                    if v and ok(code, v):
                        add_term(lgpl, code, kind, v, seen)
    for m in mled:
        code = m["cca2"]
        if code not in display:
            continue
        for kind, n in (("n", m["name"]["common"]), ("o", m["name"]["official"])):
            if ok(code, n):
                add_term(odbl, code, kind, n, seen)
        for lang, key in MLEDOZE_LANGS.items():
            tt = m.get("translations", {}).get(key)
            if tt:
                for kind, n in (("n", tt["common"]), ("o", tt["official"])):
                    if ok(code, n):
                        add_term(odbl, code, kind, n, seen)
        for d in sorted(set(m.get("demonyms", {}).get("eng", {}).values())):
            if ok(code, d):
                add_term(odbl, code, "d", d, seen)
        # Capitals of dependencies and tiny states are mostly ambiguous English place names.
        if m.get("independent") and m.get("unMember"):
            for cap in m.get("capital", []):
                if ok(code, cap):
                    add_term(odbl, code, "c", cap, seen)
        for alt in m.get("altSpellings", []):
            # Two-letter codes and acronyms are curated by hand (exact-case matching).
            if len(alt) >= 4 and not alt.isupper() and ok(code, alt):
                add_term(odbl, code, "n", alt, seen)

    os.makedirs(args.out, exist_ok=True)
    main_doc = {
        "format": 1,
        "license": "LGPL-2.1-or-later (iso-codes names); curated additions: Wirewatch project",
        "source": "Debian iso-codes 4.15.0-1 via shared/corpora/gazetteer/iso-codes; tools/gazetteer-extra.json",
        "countries": {code: {"names": display[code], "terms": lgpl.get(code, {})} for code in sorted(display)},
        "blockers": sorted(set(extra["blockers"])),
        "rules": extra["rules"],
        "us_states": extra["us_states"],
    }
    odbl_doc = {
        "format": 1,
        "license": "ODbL-1.0",
        "attribution": "Contains information from mledoze/countries (https://github.com/mledoze/countries, "
                       "commit 5e9f370050f83ad2ba4cb885f75d66114badf72c), made available under the ODbL-1.0.",
        "countries": {code: {"terms": odbl[code]} for code in sorted(odbl)},
    }
    for fname, doc in (("countries.json", main_doc), ("countries-odbl.json", odbl_doc)):
        with open(os.path.join(args.out, fname), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            f.write("\n")
    n1 = sum(len(v) for k in lgpl.values() for v in k.values())
    n2 = sum(len(v) for k in odbl.values() for v in k.values())
    print(f"{len(display)} countries, {n1} iso/curated terms, {n2} mledoze terms, "
          f"{len(ambiguous)} ambiguous names dropped", file=sys.stderr)


if __name__ == "__main__":
    main()
