"""Core messages: one gettext catalogue per language, checked against the Indonesian template."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from lapor_desk import i18n
from lapor_desk.i18n import CATALOG, LANGUAGES, Message, translate

ROOT = Path(__file__).resolve().parents[2]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def forms(text: str | tuple[str, ...] | list[str]) -> list[str]:
    return [text] if isinstance(text, str) else list(text)


def test_every_language_is_a_catalogue_and_english_is_one() -> None:
    assert LANGUAGES[0] == "id"  # the source language, read from the template
    assert "en" in LANGUAGES
    assert len(CATALOG) > 350


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "id"])
def test_every_catalogue_translates_every_code_with_the_sources_placeholders(language: str) -> None:
    with i18n.catalogue_path(language).open("rb") as f:
        catalogue = read_po(f)
    translated: dict[str, object] = {}
    for message in catalogue:
        if not message.id:
            continue
        code = message.context
        assert code in CATALOG, f"{language}: {code} is not in the template (run scripts/catalogue.py update)"
        source = CATALOG[code]
        assert forms(message.id) == [source.text] + ([source.plural] if source.plural else []), (
            f"{language}: {code} translates an older source text"
        )
        assert not message.fuzzy, f"{language}: {code} is fuzzy (the Indonesian changed): check its translation"
        texts = forms(message.string)
        assert texts and all(texts), f"{language}: {code} is not translated"
        for text in texts:
            assert placeholders(text) == placeholders(source.text), f"{language}: {code}: {text}"
        translated[code] = message
    assert sorted(set(CATALOG) - set(translated)) == [], f"{language}: run scripts/catalogue.py update"


def test_counted_messages_take_their_number_from_count_and_read_right_in_both_languages() -> None:
    for code, source in CATALOG.items():
        if source.plural is not None:
            assert i18n.PLURAL_PARAM in placeholders(source.text), code
    assert translate("audit_ok", "en", {"count": 1}) == "The audit chain is intact: 1 entry checked."
    assert translate("audit_ok", "en", {"count": 0}) == "The audit chain is intact: 0 entries checked."
    assert translate("audit_ok", "en", {"count": 21}) == "The audit chain is intact: 21 entries checked."
    assert translate("audit_ok", "id", {"count": 1}) == "Rantai audit utuh: 1 entri diperiksa."
    assert translate("setup_file_problems", "en", {"count": "1"}) == "1 line of the file refused."
    assert translate("export_written", "en", {"count": "1.234", "path": "x.csv"}).startswith(
        "Exported: 1.234 complaints"
    )


def test_unknown_language_falls_back_to_indonesian_and_unknown_code_shows_itself() -> None:
    assert translate("required", "fr") == "Wajib diisi."
    assert translate("required", "en") == "This field is required."
    assert translate("no_such_code", "en") == "no_such_code"


def test_failures_are_described_in_the_current_language() -> None:
    from lapor_desk.i18n import describe
    from lapor_desk.storage.errors import StorageError

    locked = StorageError("db_locked")
    assert describe(locked, "id").startswith("Database sedang dikunci")
    assert describe(locked, "en").startswith("The database is locked")
    assert describe(OSError("disk gone"), "en") == "disk gone"


def test_a_localized_parameter_reads_in_the_message_language() -> None:
    from lapor_desk.accounts import Actor, Permission, PermissionDenied, Role, require
    from lapor_desk.accounts.roles import seal

    with pytest.raises(PermissionDenied) as refused:
        require(seal(Actor(1, "budi", "Budi", Role.CLERK)), Permission.DASHBOARD)
    assert "peran petugas tidak berwenang" in refused.value.text("id")
    assert "the clerk role may not" in refused.value.text("en")
    assert str(refused.value) == refused.value.text("en")


def test_a_message_parameter_reads_in_the_outer_messages_language() -> None:
    inner = Message("too_long", max=5, length=9)
    assert translate("sync_central_refused", "id", {"message": inner}).count("Terlalu panjang") == 1
    assert "Too long: at most 5 characters (now 9)" in translate("sync_central_refused", "en", {"message": inner})


def test_no_message_code_is_declared_twice() -> None:
    """Two entries with one code: the second would silently replace the first (and its placeholders)."""
    for path in [i18n.template_path(), *(i18n.catalogue_path(lang) for lang in LANGUAGES if lang != "id")]:
        codes = re.findall(r'^msgctxt "(.*)"$', path.read_text(encoding="utf-8"), flags=re.MULTILINE)
        assert len(codes) == len(set(codes)), path


def test_a_new_language_is_a_new_catalogue_made_from_the_template(tmp_path: Path) -> None:
    """pybabel init from the template, one entry translated: read through the same mechanism."""
    locale = tmp_path / "locale"
    shutil.copytree(i18n.locale_dir(), locale)
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "init", "-i", str(locale / "lapor_desk.pot")]
        + ["-d", str(locale), "-D", "lapor_desk", "-l", "jv"],
        check=True,
        capture_output=True,
    )
    path = locale / "jv" / "LC_MESSAGES" / "lapor_desk.po"
    text = path.read_text(encoding="utf-8")
    entry = 'msgctxt "required"\nmsgid "Wajib diisi."\nmsgstr ""'
    assert entry in text
    path.write_text(text.replace(entry, entry[:-2] + '"Kudu diisi."'), encoding="utf-8")
    javanese = i18n.compile_catalogue(path)
    assert javanese.pgettext("required", CATALOG["required"].text) == "Kudu diisi."
    assert javanese.pgettext("nik_serial", CATALOG["nik_serial"].text) == CATALOG["nik_serial"].text


def test_the_core_reads_its_catalogues_without_qt() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from lapor_desk.i18n import translate; "
            "print(translate('required', 'en')); print('PySide6' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert done.stdout.split()[:4] == ["This", "field", "is", "required."]
    assert done.stdout.split()[-1] == "False"
