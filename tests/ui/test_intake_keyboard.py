"""A clerk at a 1366×768 laptop, at 100% and 200% font, in Indonesian and English: records a
complaint by keyboard alone with the action buttons always on screen, and is back at the top."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from lapor_desk.domain.enums import Channel, ReportType
from ui.common import labels
from ui.shell.main_window import MainWindow

SCREEN = QRect(0, 0, 1366, 768)

# (field, what the clerk types; None = only Tab, " " = tick, "PICK:" = type then arrows + Enter)
STEPS: list[tuple[str, str | None]] = [
    ("type", "TYPE"),
    ("channel", "CHANNEL"),
    ("title", "Lampu jalan mati di Cileunyi"),
    ("body", "Lampu penerangan jalan di depan pasar Cileunyi mati sejak dua minggu, gelap dan rawan."),
    ("incident_date", "01112026"),
    ("received_at", None),
    ("paper_receipt", None),  # only for a complaint given a paper receipt number: left empty
    ("attachments.list", None),
    ("attachments.add_button", None),
    ("location_text", "Depan Pasar Cileunyi, Jl. Raya Cinunuk"),
    ("province_code", None),
    ("regency_code", None),
    ("district_code", None),
    ("village_code", "PICK:Cileunyi Kulon"),
    ("coordinates_toggle", None),
    ("category_id", None),
    ("agency_name", None),
    ("reporter_name", "Dewi Lestari"),
    ("reporter_nik", "3204055203900003"),
    ("reporter_phone", "0813 2222 1111"),
    ("reporter_email", None),
    ("reporter_address", "Cinunuk RT 02/05"),
    ("is_anonymous", None),
    ("is_confidential", None),
    ("consent_personal", " "),
]


@pytest.fixture(
    params=[(1.0, "id"), (2.0, "id"), (1.0, "en"), (2.0, "en")], ids=lambda p: f"font{int(p[0] * 100)}-{p[1]}"
)
def laptop(request, window: MainWindow, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window on a 1366×768 screen at this font size and language."""
    scale, language = request.param
    app = QApplication.instance()
    normal = app.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * scale)
    app.setFont(big)
    window.set_language(language)
    try:
        window.setGeometry(SCREEN)
        qtbot.waitUntil(lambda: abs(window.intake.record_button.font().pointSizeF() - big.pointSizeF()) < 0.1)
        qtbot.waitUntil(lambda: window.intake.region_fields[0].directory is not None, timeout=20_000)
        QApplication.processEvents()
        yield window
    finally:
        app.setFont(normal)
        window.set_language("id")


def on_screen(widget: QWidget) -> bool:
    """Visible and wholly inside the 1366×768 screen (and inside its window)."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(window.geometry().topLeft() + top_left, widget.size())
    return widget.isVisible() and SCREEN.contains(rect) and window.rect().contains(QRect(top_left, widget.size()))


def editor_of(form, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    owner, _, part = name.partition(".")
    if part:
        return getattr(getattr(form, owner), part)  # type: ignore[no-any-return]
    return form.editors.get(name) or getattr(form, name)  # type: ignore[no-any-return]


def test_record_by_keyboard_at_1366x768(laptop: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = laptop
    form = window.intake
    assert window.minimumSizeHint().width() <= SCREEN.width()
    assert window.minimumSizeHint().height() <= SCREEN.height()
    assert SCREEN.contains(window.geometry())
    # A combo takes typed letters as a search (a space would open its list: first word only).
    typed = {
        "TYPE": labels.type_label(ReportType.PENGADUAN).split()[0],
        "CHANNEL": labels.channel_label(Channel.WALK_IN).split()[0],
    }
    window.show_intake()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editors["type"])
    for name, keys in STEPS:
        editor = editor_of(form, name)
        assert QApplication.focusWidget() is editor, f"focus should be on {name}, is on {QApplication.focusWidget()}"
        for button in (form.record_button, form.save_button):
            assert on_screen(button), f"{button.text()} off screen while at {name}"
        if keys == " ":
            qtbot.keyClick(editor, Qt.Key.Key_Space)
        elif keys and keys.startswith("PICK:"):
            qtbot.keyClicks(editor, keys.removeprefix("PICK:"))
            popup = editor.completer_.popup()
            qtbot.waitUntil(popup.isVisible)
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda e=editor: e.code() == "32.04.05.2001")
            QApplication.processEvents()  # as the event loop would before the next key
            # The offscreen platform hands window focus to the closed popup; a desktop's
            # window manager does not (a popup never takes it): give it back.
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            # The pick is right: no "Pilih wilayah dari daftar" before the clerk moves on.
            assert not form.boxes[name].message.isVisible(), form.boxes[name].message.text()
        elif keys:
            qtbot.keyClicks(editor, typed.get(keys, keys))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert form.editors["type"].value() is ReportType.PENGADUAN
    assert form.editors["channel"].value() is Channel.WALK_IN
    assert form.editors["incident_date"].text() == "01-11-2026"
    assert not any(box.message.isVisible() for box in form.boxes.values())

    with qtbot.waitSignal(form.recorded, timeout=20_000) as recorded:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert recorded.args[1] in form.banner.text()
    # Ready for the next citizen: at the top, focus in the first field, which is on screen.
    assert form.scroll_area.verticalScrollBar().value() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editors["type"])
    assert on_screen(form.editors["type"])
    assert on_screen(form.record_button) and on_screen(form.save_button)
    assert form.banner.isVisible()
    # The success banner goes at the clerk's next edit.
    qtbot.keyClick(form.editors["type"], Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(form.editors["title"], "J")
    assert not form.banner.isVisible()


def test_new_form_shortcut_goes_back_to_the_top(laptop: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = laptop.intake
    laptop.show_intake()
    form.editors["officer_nip"].setFocus()
    form.scroll_area.ensureWidgetVisible(form.editors["officer_nip"])
    qtbot.waitUntil(lambda: form.scroll_area.verticalScrollBar().value() > 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editors["type"])
    assert form.scroll_area.verticalScrollBar().value() == 0
    assert on_screen(form.editors["type"])
