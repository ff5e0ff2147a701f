#!/usr/bin/env python3
"""Writes the generated name tables of the lexicon from the unpacked packages that fetch.sh leaves in a folder.

  names.py SOURCES OUT

- OUT/10-names-cldr.tsv: English and Korean names of territories, languages and scripts from CLDR
  (cldr-localenames-full, main/en and main/ko), plus adjectives and demonyms derived from them: an English language
  name (Italian) whose Korean name is a territory's name plus 어 (이탈리아어) also translates to that territory
  (이탈리아), as in "Italian food" or "the Italians".
- OUT/15-names-cldr-cities.tsv: English and Korean names of the cities CLDR names time zones by (cldr-dates-full,
  main/en and main/ko timeZoneNames, exemplar cities): New York = 뉴욕, Seoul = 서울.
- OUT/20-names-iso-codes.tsv: the English names of Debian's iso-codes (countries, former countries, languages,
  currencies) with their Korean translations (the ko message catalogues).

The lexicon reads the files as tiers in name order, after the hand-written files: a word takes its translations from
the first tier that has it, so CLDR's curated names come before iso-codes' and neither changes a hand-written entry.
Each file is one package's data and keeps that package's licence, named in its header.
"""

import gettext
import json
import re
import sys
from pathlib import Path

CLDR_PACKAGE = "cldr-localenames-full"
CLDR_DATES_PACKAGE = "cldr-dates-full"
ISO_PACKAGE = "iso-codes"

# Codes that name no place, language or script (ISO 639 und/mul/zxx/mis, ISO 15924 Z*, CLDR ZZ): their names
# ("Unknown language", "Common") are not names a question would use.
SPECIAL_CODES = {"und", "mul", "zxx", "mis", "ZZ", "Zinh", "Zyyy", "Zzzz", "Zxxx", "Zmth", "Zsym", "Zsye"}

# CLDR's menu forms ("Chinese, Mandarin") are sorted for menus, not written in text.
SKIPPED_ALTERNATIVES = {"menu"}

PARENTHESES = re.compile(r"\s*[(（]([^)）]*)[)）]\s*")


def main(sources: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cldr_version = package_version(sources / CLDR_PACKAGE / "package" / "package.json")
    cldr = cldr_names(sources / CLDR_PACKAGE / "package" / "main")
    write(
        out / "10-names-cldr.tsv",
        cldr,
        [
            f"source: npm {CLDR_PACKAGE} {cldr_version}, main/en and main/ko (territories, languages, scripts),",
            "        with adjectives and demonyms derived from language and territory names (Italian = 이탈리아)",
            "licence: Unicode License v3, Copyright © 2004-2026 Unicode, Inc. (see NOTICE)",
        ],
    )
    dates_version = package_version(sources / CLDR_DATES_PACKAGE / "package" / "package.json")
    write(
        out / "15-names-cldr-cities.tsv",
        city_names(sources / CLDR_DATES_PACKAGE / "package" / "main"),
        [
            f"source: npm {CLDR_DATES_PACKAGE} {dates_version}, main/en and main/ko timeZoneNames (exemplar cities)",
            "licence: Unicode License v3, Copyright © 2004-2026 Unicode, Inc. (see NOTICE)",
        ],
    )
    iso_root = sources / ISO_PACKAGE / "usr" / "share"
    iso_version = debian_version(sources)
    write(
        out / "20-names-iso-codes.tsv",
        iso_names(iso_root),
        [
            f"source: Debian {ISO_PACKAGE} {iso_version}, json/ (ISO 3166-1, 3166-3, 639-2, 639-3, 4217) and the ko",
            "        message catalogues",
            "licence: LGPL-2.1-or-later, Copyright © 2001-2023 Alastair McKinstry, Christian Perrier,",
            "         Tobias Quathamer (see NOTICE)",
        ],
    )


def cldr_names(main: Path) -> dict:
    names = {}
    territories = {}
    languages = {}
    for kind in ("territories", "languages", "scripts"):
        english = display_names(main, "en", kind)
        korean = display_names(main, "ko", kind)
        by_code = {}
        for key, ko in korean.items():
            code, _, alternative = key.partition("-alt-")
            if code in SPECIAL_CODES or alternative in SKIPPED_ALTERNATIVES:
                continue
            entry = by_code.setdefault(code, (set(), []))
            entry[1].extend(korean_forms(ko))
            # An alternative Korean form (한국 for KR) stands for the English names of the code.
            for en_key in (code, key):
                if en_key in english:
                    entry[0].update(english_forms(english[en_key]))
        for code, (en_names, ko_names) in by_code.items():
            for en in en_names:
                add(names, en, ko_names)
        if kind == "territories":
            territories = {ko: code for code, (_, kos) in by_code.items() for ko in kos}
        if kind == "languages":
            languages = by_code
    for code, (en_names, ko_names) in languages.items():
        for ko in ko_names:
            if ko.endswith("어") and ko[:-1] in territories:
                for en in en_names:
                    add(names, en, [ko[:-1]])
    return names


def city_names(main: Path) -> dict:
    """The exemplar city of each time zone both locales name; English falls back to the zone id's city (Asia/Seoul)."""
    english = exemplar_cities(main, "en")
    names = {}
    for zone, korean in exemplar_cities(main, "ko").items():
        en = english.get(zone, zone.split("/")[-1].replace("_", " "))
        for form in english_forms(en):
            add(names, form, korean_forms(korean))
    return names


def exemplar_cities(main: Path, locale: str) -> dict:
    data = json.loads((main / locale / "timeZoneNames.json").read_text(encoding="utf-8"))
    zones = data["main"][locale]["dates"]["timeZoneNames"]["zone"]
    found = {}

    def walk(node: dict, path: list) -> None:
        for key, value in node.items():
            if isinstance(value, dict):
                if "exemplarCity" in value:
                    found["/".join(path + [key])] = value["exemplarCity"]
                walk(value, path + [key])

    walk(zones, [])
    return found


def display_names(main: Path, locale: str, kind: str) -> dict:
    data = json.loads((main / locale / f"{kind}.json").read_text(encoding="utf-8"))
    return data["main"][locale]["localeDisplayNames"][kind]


def iso_names(root: Path) -> dict:
    names = {}
    tables = {"3166-1": "3166-1", "3166-3": "3166-3", "639-2": "639-2", "639-3": "639-3", "4217": "4217"}
    for table, key in tables.items():
        catalogue = root / "locale" / "ko" / "LC_MESSAGES" / f"iso_{table}.mo"
        with catalogue.open("rb") as f:
            korean = gettext.GNUTranslations(f)
        data = json.loads((root / "iso-codes" / "json" / f"iso_{table}.json").read_text(encoding="utf-8"))
        for record in data[key]:
            code = record.get("alpha_2", record.get("alpha_3", ""))
            if code in SPECIAL_CODES:
                continue
            for field in ("name", "common_name", "official_name"):
                if field not in record:
                    continue
                msgid = record[field]
                ko = korean.gettext(msgid)
                if ko == msgid:
                    continue  # not translated
                for en in english_forms(msgid):
                    add(names, en, korean_forms(ko))
    return names


def english_forms(name: str) -> list:
    """Each way the name may be written: ISO's "Korea, Republic of" as "Republic of Korea", "A; B" as A and B."""
    forms = []
    for part in name.split(";"):
        part = part.strip()
        if ", " in part:
            head, _, descriptor = part.partition(", ")
            part = f"{descriptor} {head}"
        forms.append(unqualified(part))
    return [normalise(f.replace("&", "and")) for f in forms if f]


def korean_forms(name: str) -> list:
    form = normalise(unqualified(name))
    return [form] if re.search("[가-힣]", form) else []


def unqualified(name: str) -> str:
    """The name without its parenthesised qualifiers, which say which one is meant ("Congo (DRC)", "영어 (중세)
    (1100년-1500년경)") rather than how it is written in text."""
    return PARENTHESES.sub(" ", name).strip()


def normalise(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace(";", " ").split())


def add(names: dict, english: str, korean: list) -> None:
    if not english or not korean:
        return
    translations = names.setdefault(english.lower(), [])
    for ko in korean:
        if ko not in translations:
            translations.append(ko)


def write(path: Path, names: dict, header: list) -> None:
    lines = [
        "# Generated by scripts/lexicon/generate.sh; do not edit (regenerate instead).",
        *[f"# {line}" for line in header],
        "# Format: english<TAB>korean1; korean2",
    ]
    lines += [f"{en}\t{'; '.join(ko)}" for en, ko in sorted(names.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(names)} entries")


def package_version(package_json: Path) -> str:
    return json.loads(package_json.read_text(encoding="utf-8"))["version"]


def debian_version(sources: Path) -> str:
    debs = sorted(sources.glob(f"{ISO_PACKAGE}_*_all.deb"))
    if len(debs) != 1:
        sys.exit(f"expected one {ISO_PACKAGE} .deb in {sources}")
    return debs[0].name.split("_")[1]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
