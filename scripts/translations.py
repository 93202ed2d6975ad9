"""Keep the Qt translations in step with the code: `python scripts/translations.py`.

Runs pyside6-lupdate over ui/ (new strings appear as unfinished in the .ts files, for
Qt Linguist) and pyside6-lrelease to compile the .qm files the desk loads, including
qt_id.ts, the Indonesian for Qt's own dialogs and buttons that Qt itself does not ship; then
merges the core's gettext template into its catalogues (scripts/catalogue.py: text outside
Qt widgets).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import catalogue

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))


def update(ts: Path, language: str) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            *sources(),
            "-source-language",
            "id_ID",
            "-target-language",
            language,
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"lapor_desk_{language}.ts"
        update(ts, language)
        release(ts, ts.with_suffix(".qm"))
    # Qt's own dialogs and buttons: Qt ships no Indonesian catalogue, so the desk keeps one,
    # edited by hand (or in Qt Linguist) and only compiled here.
    for ts in TRANSLATIONS.glob("qt_*.ts"):
        release(ts, ts.with_suffix(".qm"))
    catalogue.update()


if __name__ == "__main__":
    main()
