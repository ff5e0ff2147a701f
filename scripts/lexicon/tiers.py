"""What the generated tiers of the lexicon share: reading a lexicon file, and the English words the tiers before a
file already have, so that a later tier leaves them out (the lexicon would take them from the earlier one)."""

from pathlib import Path


def table(path: Path) -> dict:
    """english -> Korean translations (as written, "; " between them) of a lexicon file."""
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            english, korean = line.split("\t", 1)
            rows[english.strip().lower()] = korean.strip()
    return rows


def earlier_english(lexicon: Path, file: str) -> set:
    """The English words of the hand-written files (LEXICON/*.tsv) and of the generated ones that come before FILE."""
    paths = sorted(lexicon.glob("*.tsv")) + [p for p in sorted((lexicon / "generated").glob("*.tsv")) if p.name < file]
    return {english for path in paths for english in table(path)}
