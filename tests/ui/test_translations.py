"""Translations: complete, placeholders intact, compiled, and switched live without a restart."""

from __future__ import annotations

import shutil
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from PySide6.QtCore import Qt  # noqa: E402

from lapor_desk.settings import UI_LANGUAGE  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402

import translations  # noqa: E402

TS = translations.TRANSLATIONS / "lapor_desk_en.ts"


def messages(path: Path) -> list[tuple[str, str, str | None]]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            out.append(
                (
                    ctx.findtext("name") or "",
                    m.findtext("source") or "",
                    None if tr.get("type") in ("unfinished", "obsolete", "vanished") else tr.text,
                )
            )
    return out


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "check.ts"
    shutil.copy(TS, fresh)
    translations.update(fresh, "en")  # what lupdate finds in ui/ today
    found = messages(fresh)
    assert len(found) > 150
    untranslated = [(ctx, src) for ctx, src, tr in found if not tr]
    assert untranslated == [], "run scripts/translations.py and translate these in Qt Linguist"


def test_placeholders_match_between_source_and_translation() -> None:
    for ctx, source, translation in messages(TS):
        assert translation is not None
        assert placeholders(source) == placeholders(translation), (ctx, source)


def test_compiled_qm_is_up_to_date(tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    translations.release(TS, qm)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run scripts/translations.py"


def test_language_switches_live_and_back(window: MainWindow, qtbot) -> None:
    form = window.intake
    form.record()  # an empty form: messages appear at the fields, in Indonesian
    qtbot.waitUntil(lambda: form.boxes["title"].message.isVisible())
    assert form.boxes["title"].message.text() == "Wajib diisi."
    qtbot.keyClicks(form.editors["title"], "Judul yang sudah diketik")

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "New complaint")  # LanguageChange is posted
    assert window.tabs.tabText(1) == "Queue"
    assert form.row_labels["title"].text() == "T&itle *"
    assert form.record_button.text() == "&Record complaint"
    assert form.boxes["title"].message.text() == "This field is required."
    assert window.queue_model.headerData(0, Qt.Orientation.Horizontal) == "Receipt no."
    assert window.queue.status.itemText(0) == "All statuses"
    assert form.editors["channel"].itemText(1) == "Walk-in"
    assert form.editors["title"].text() == "Judul yang sudah diketik"  # nothing typed is lost
    assert window.desk.settings.get(UI_LANGUAGE) == "en"

    window.language_actions["id"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Pengaduan baru")
    assert form.boxes["title"].message.text() == "Wajib diisi."
