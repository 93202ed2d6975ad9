"""Both languages of every core message carry exactly the same placeholders."""

import string

import pytest

from lapor_desk.i18n import CATALOG, LANGUAGES, translate


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_exists_in_every_language_with_the_same_placeholders() -> None:
    for code, entry in CATALOG.items():
        assert set(entry) == set(LANGUAGES), code
        assert placeholders(entry["id"]) == placeholders(entry["en"]), code


def test_unknown_language_falls_back_to_indonesian_and_unknown_code_shows_itself() -> None:
    assert translate("required", "fr") == "Wajib diisi."
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


def test_no_message_code_is_declared_twice() -> None:
    """A second entry with the same code silently replaces the first (and its placeholders)."""
    import ast
    import collections
    from pathlib import Path

    import lapor_desk.i18n as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    catalog = next(
        n.value
        for n in tree.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.target.id == "CATALOG"
    )
    assert isinstance(catalog, ast.Dict)
    keys = [k.value for k in catalog.keys if isinstance(k, ast.Constant)]
    assert [k for k, n in collections.Counter(keys).items() if n > 1] == []
