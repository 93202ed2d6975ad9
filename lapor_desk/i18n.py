"""Core messages (everything a person reads that is not a Qt widget's own text), by code.

One mechanism, gettext with Babel: the Indonesian source text of every message lives in
`resources/locale/lapor_desk.pot`, one entry per code (the code is the entry's msgctxt);
each other language is a catalogue `resources/locale/<lang>/LC_MESSAGES/lapor_desk.po`.
Adding a language is adding a catalogue (`pybabel init`, see the README); adding a message is
adding an entry to the template and its translation (`python scripts/translations.py add`).

The catalogues are read with Babel and compiled in memory at the first message (about 0.1 s),
so no compiled .mo file has to be kept in step or merged. A message with plural forms
(msgid_plural) takes its number from the `count` parameter (gettext's ngettext rule of the
language picks the form). Tests check every catalogue against the template: same codes,
same placeholders, nothing fuzzy or untranslated.
"""

from __future__ import annotations

import gettext
import io
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lapor_desk.paths import resources_dir

DEFAULT_LANGUAGE = "id"  # the source language: its text is the template's msgid
DOMAIN = "lapor_desk"
PLURAL_PARAM = "count"


def locale_dir() -> Path:
    return resources_dir() / "locale"


def template_path() -> Path:
    return locale_dir() / f"{DOMAIN}.pot"


def catalogue_path(language: str) -> Path:
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _languages() -> tuple[str, ...]:
    found = sorted(p.parent.parent.name for p in locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (DEFAULT_LANGUAGE, *(lang for lang in found if lang != DEFAULT_LANGUAGE))


LANGUAGES: tuple[str, ...] = _languages()


@dataclass(frozen=True)
class Source:
    """A message in the source language: its text and, for a counted message, its plural."""

    text: str
    plural: str | None = None


class _Catalogue(Mapping[str, Source]):
    """The template's messages by code, read on first use (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sources: dict[str, Source] | None = None
        self._translations: dict[str, gettext.NullTranslations] = {}

    def _load(self) -> dict[str, Source]:
        if self._sources is None:
            with self._lock:
                if self._sources is None:
                    self._sources = read_template(template_path())
        return self._sources

    def __getitem__(self, code: str) -> Source:
        return self._load()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def translations(self, language: str) -> gettext.NullTranslations:
        found = self._translations.get(language)
        if found is None:
            with self._lock:
                found = self._translations.get(language)
                if found is None:
                    found = compile_catalogue(catalogue_path(language))
                    self._translations[language] = found
        return found


def read_template(path: Path) -> dict[str, Source]:
    from babel.messages.pofile import read_po

    with path.open("rb") as f:
        template = read_po(f)
    sources: dict[str, Source] = {}
    for message in template:
        if not message.id or not message.context:
            continue
        if isinstance(message.id, tuple | list):
            sources[message.context] = Source(message.id[0], message.id[1])
        else:
            sources[message.context] = Source(message.id)
    return sources


def compile_catalogue(path: Path) -> gettext.NullTranslations:
    """A language's .po as gettext translations (fuzzy and empty entries left out);
    the source language, or a language without a catalogue, reads the source text."""
    if not path.exists():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as f:
        catalogue = read_po(f)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


CATALOG = _Catalogue()


def translate(code: str, language: str = DEFAULT_LANGUAGE, params: Mapping[str, Any] | None = None) -> str:
    """The message for `code` in `language`, formatted with `params`.

    A language without a catalogue, or an entry not (yet) translated, reads Indonesian; an
    unknown code is returned as is so a missing entry shows up in the UI instead of crashing it.
    """
    source = CATALOG.get(code)
    if source is None:
        return code
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    translations = CATALOG.translations(language) if language != DEFAULT_LANGUAGE else gettext.NullTranslations()
    values = {name: _in_language(value, language) for name, value in (params or {}).items()}
    if source.plural is None:
        template = translations.pgettext(code, source.text)
    else:
        template = translations.npgettext(code, source.text, source.plural, _count(values.get(PLURAL_PARAM)))
    return template.format(**values)


def _count(value: Any) -> int:
    try:
        return int(str(value).replace(".", "").replace(",", "")) if not isinstance(value, int) else value
    except ValueError:
        return 2  # "many": a count that is not a number reads in the general form


def _in_language(value: Any, language: str) -> Any:
    if isinstance(value, Localized):
        return value.get(language) or value[DEFAULT_LANGUAGE]
    if isinstance(value, Message):
        return value.text(language)
    return value


class Localized(dict[str, str]):
    """A message parameter that reads differently per language: Localized(id="petugas", en="clerk").
    Prefer Message(code): a Localized names each language in Python."""


class Message:
    """A message parameter that is itself a catalogue message, read in the outer message's language."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return translate(self.code, language, self.params)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash(self.code)


class CodedError(Exception):
    """A failure a person reads: a code of this catalogue and its parameters, shown in the
    current language at the moment it is shown (the English text is the exception's str)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(translate(code, "en", params))
        self.code = code
        self.params = params

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return translate(self.code, language, self.params)


def describe(exc: BaseException, language: str = DEFAULT_LANGUAGE) -> str:
    """What to tell a person about a failure: a CodedError in their language, else its text."""
    return exc.text(language) if isinstance(exc, CodedError) else str(exc)
