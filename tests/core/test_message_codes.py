"""Every message code the code names literally is in the catalogue: a typo or a forgotten entry
fails here, not as a bare code on a citizen's screen. Walks every sub-folder of lapor_desk/ and
ui/ (the screens live in sub-packages); central/ keeps its own catalogue (central/messages.py)."""

from __future__ import annotations

import ast
from pathlib import Path

from lapor_desk.i18n import CATALOG

ROOT = Path(__file__).resolve().parents[2]
LOOKUPS = {"translate", "Message", "_t"}  # callables whose first argument is a message code


def sources() -> list[Path]:
    return sorted(p for folder in ("lapor_desk", "ui") for p in (ROOT / folder).rglob("*.py"))


def coded_error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """CodedError and every class deriving from it, by name, across the sources (to a fixed point)."""
    known = {"CodedError"}
    while True:
        found = {
            node.name
            for tree in trees.values()
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(
                isinstance(b, ast.Name) and b.id in known or isinstance(b, ast.Attribute) and b.attr in known
                for b in node.bases
            )
        }
        if found <= known:
            return known
        known |= found


def literal_codes() -> dict[str, list[str]]:
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sources()}
    callers = LOOKUPS | coded_error_classes(trees)
    codes: dict[str, list[str]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            # translate(...) by name only: QCoreApplication.translate("Context", ...) is Qt's own.
            if isinstance(node.func, ast.Name):
                name, lookups = node.func.id, callers
            elif isinstance(node.func, ast.Attribute):
                name, lookups = node.func.attr, callers - LOOKUPS
            else:
                continue
            first = node.args[0]
            if name in lookups and isinstance(first, ast.Constant) and isinstance(first.value, str):
                codes.setdefault(first.value, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return codes


def test_the_walk_finds_the_screens_in_their_sub_packages() -> None:
    walked = {p.relative_to(ROOT).parts[:2] for p in sources()}
    assert any(part[0] == "ui" and not part[1].endswith(".py") for part in walked), "ui/ sub-packages not walked"
    assert len(literal_codes()) > 150


def test_every_literal_message_code_is_in_a_catalogue() -> None:
    missing = {code: where for code, where in literal_codes().items() if code not in CATALOG}
    assert missing == {}, "add them with scripts/catalogue.py add (see the README's Translations)"
