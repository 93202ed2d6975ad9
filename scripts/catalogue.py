"""The core's gettext catalogues (resources/locale): add a message, keep every language in step.

    python scripts/catalogue.py add CODE "Teks Indonesia {x}" "English text {x}"
    python scripts/catalogue.py add CODE "{count} pengaduan" "{count} complaint" --plural "{count} complaints"
    python scripts/catalogue.py update      (also run by scripts/translations.py)

`add` writes the Indonesian source into the template and the English into its catalogue (other
languages get the entry untranslated). `update` merges the template into every catalogue with
Babel: new codes appear untranslated, a changed Indonesian text marks its translation fuzzy,
removed codes go. The tests fail while any entry is untranslated or fuzzy.
"""

from __future__ import annotations

import argparse
import os
import string
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "lapor_desk.pot"


def catalogues() -> dict[str, Path]:
    return {p.parent.parent.name: p for p in sorted(LOCALE.glob("*/LC_MESSAGES/lapor_desk.po"))}


def load(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def save(path: Path, catalogue: Catalog) -> None:
    # Unwrapped lines (width 0): one line per text, so a diff or a grep shows whole sentences.
    # Written beside and renamed: a desk reading the catalogue meanwhile never sees half of it.
    partial = path.with_suffix(".partial")
    with partial.open("wb") as f:
        write_po(f, catalogue, width=0)
    os.replace(partial, path)


def flags(text: str) -> list[str]:
    return ["python-brace-format"] if any(name for _, name, _, _ in string.Formatter().parse(text)) else []


def sorted_by_code(catalogue: Catalog) -> None:
    """Entries in code order, so two people adding codes rarely touch the same lines."""
    messages = sorted((m for m in catalogue if m.id), key=lambda m: m.context or "")
    for m in messages:
        catalogue.delete(m.id, context=m.context)
    for m in messages:
        catalogue.add(m.id, m.string, flags=m.flags, auto_comments=m.auto_comments, context=m.context)


def add(code: str, indonesian: str, english: str, english_plural: str | None) -> None:
    template = load(TEMPLATE)
    if any(m.context == code for m in template if m.id):
        raise SystemExit(f"{code} is already in {TEMPLATE.relative_to(ROOT)}")
    source: str | tuple[str, str] = (indonesian, indonesian) if english_plural is not None else indonesian
    template.add(source, context=code, flags=flags(indonesian))
    sorted_by_code(template)
    save(TEMPLATE, template)
    for language, path in catalogues().items():
        catalogue = load(path)
        if language == "en":
            text: str | tuple[str, str] = (english, english_plural) if english_plural is not None else english
        else:
            text = ("", "") if english_plural is not None else ""
        catalogue.add(source, text, context=code, flags=flags(indonesian))
        sorted_by_code(catalogue)
        save(path, catalogue)


def update() -> None:
    template = load(TEMPLATE)
    for _language, path in catalogues().items():
        catalogue = load(path)
        catalogue.update(template)  # a changed source keeps its old translation, marked fuzzy
        catalogue.obsolete.clear()
        save(path, catalogue)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    adding = commands.add_parser("add", help="add a core message")
    adding.add_argument("code")
    adding.add_argument("indonesian")
    adding.add_argument("english", help="the English text (the singular with --plural)")
    adding.add_argument("--plural", help="the English plural; the number is the {count} parameter")
    commands.add_parser("update", help="merge the template into every catalogue")
    args = parser.parse_args(argv)
    if args.command == "add":
        add(args.code, args.indonesian, args.english, args.plural)
    else:
        update()


if __name__ == "__main__":
    main(sys.argv[1:])
