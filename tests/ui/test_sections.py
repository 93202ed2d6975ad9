"""The window's screens in two rows of tabs, groups by role over the group's screens
(ui/common/sections.py): at 200 % font on a 1366×768 laptop, in Indonesian and in English, every
title is whole; the keyboard still opens every screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from ui.shell.main_window import MainWindow


def _whole(bar: QTabBar) -> None:
    """Every tab of the row in sight, and as wide as its whole title needs (not shortened)."""
    assert bar.isVisible()
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert rect.left() >= 0 and rect.right() <= bar.width(), (bar.tabText(index), rect, bar.width())
        assert rect.width() >= bar.tabSizeHint(index).width(), (bar.tabText(index), rect, bar.tabSizeHint(index))


@pytest.mark.parametrize("language", ["id", "en"])
def test_at_200_percent_on_a_1366_screen_every_title_is_whole(window: MainWindow, qtbot, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    sections = window.sections
    try:
        window.set_language(language)
        window.font_menu.actions[200].trigger()
        window.showNormal()
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: sections.groups.font().pointSizeF() == 2 * before.pointSizeF())
        qtbot.waitUntil(lambda: window.width() <= 1366)
        # An admin: four groups, twelve screens (the paper numbers' tab one more than last session).
        assert [sections.groups.tabText(i) for i in range(sections.groups.count())] == {
            "id": ["Meja depan", "Kirim ke pusat", "Pengawasan", "Administrasi"],
            "en": ["Front desk", "Sending", "Supervision", "Administration"],
        }[language]
        assert len(sections.titles()) == window.tabs.count() == 12
        seen: list[str] = []
        for group in range(sections.groups.count()):
            sections.groups.setCurrentIndex(group)  # as a click on the group
            qtbot.waitUntil(lambda g=group: window.tabs.currentIndex() in sections.order[g][1])
            qtbot.waitUntil(
                lambda: sections.pages.tabRect(sections.pages.count() - 1).right() <= sections.pages.width()
            )
            _whole(sections.groups)
            _whole(sections.pages)
            seen += [sections.pages.tabText(i) for i in range(sections.pages.count())]
        assert seen == sections.titles() == [window.tabs.tabText(i).replace("&", "") for i in range(12)]
    finally:
        window.font_menu.actions[100].trigger()
        qapp.setFont(before)
        window.set_language("id")


def test_a_screens_count_shows_on_its_group_and_stays_whole(window: MainWindow, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The problems waiting ("Perlu perhatian (5)") are seen from any group: the group's tab says them."""
    before = QFont(qapp.font())
    sections = window.sections
    try:
        window.font_menu.actions[200].trigger()
        window.resize(1366, 740)
        assert window.sync_ui is not None
        panel = window.tabs.indexOf(window.sync_ui.panel)
        window.tabs.setTabText(panel, "Perlu perhatian (12.345)")
        window.show_intake()
        group = next(g for g, (_name, pages) in enumerate(sections.order) if panel in pages)
        assert sections.groups.tabText(group) == "Kirim ke pusat (12.345)"
        qtbot.waitUntil(lambda: sections.groups.tabRect(group).right() <= sections.groups.width())
        _whole(sections.groups)
        sections.groups.setCurrentIndex(group)
        qtbot.waitUntil(lambda: window.tabs.currentIndex() == panel)
        _whole(sections.pages)
        assert sections.pages.tabText(sections.pages.currentIndex()) == "Perlu perhatian (12.345)"
    finally:
        window.font_menu.actions[100].trigger()
        qapp.setFont(before)


class Reordering(QTranslator):
    """A real translator whose language puts a group's count after a colon, as a translator may;
    every other text it leaves untranslated (None: Qt's null string)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        return "{title}: {count}" if (context, source) == ("SectionBars", "{title} ({count})") else None

    def isEmpty(self) -> bool:  # noqa: N802  Qt override
        return False


def test_a_groups_count_is_placed_by_the_translation(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    sections, translator = window.sections, Reordering()
    assert window.sync_ui is not None
    panel = window.tabs.indexOf(window.sync_ui.panel)
    QCoreApplication.installTranslator(translator)
    try:
        window.tabs.setTabText(panel, "Perlu perhatian (7)")
        window.show_intake()
        group = next(g for g, (_name, pages) in enumerate(sections.order) if panel in pages)
        qtbot.waitUntil(lambda: sections.groups.tabText(group) == "Kirim ke pusat: 7")
    finally:
        QCoreApplication.removeTranslator(translator)
    window.tabs.setTabText(panel, "Perlu perhatian (8)")
    qtbot.waitUntil(lambda: sections.groups.tabText(group) == "Kirim ke pusat (8)")


def test_the_keyboard_opens_every_screen_and_a_group_its_last_seen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    sections, tabs = window.sections, window.tabs
    # Ctrl+5 (Riwayat kirim): the rows follow the page in view.
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 4)
    assert sections.groups.tabText(sections.groups.currentIndex()) == "Kirim ke pusat"
    assert sections.pages.tabText(sections.pages.currentIndex()) == tabs.tabText(4)
    assert sections.pages.tabToolTip(sections.pages.currentIndex()).endswith("(Ctrl+5)")
    # Left/Right on the focused rows: the screens of a group, then another group.
    sections.pages.setFocus()
    qtbot.keyClick(sections.pages, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 3)
    sections.groups.setFocus()
    qtbot.keyClick(sections.groups, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: tabs.currentWidget() is window.intake)
    qtbot.keyClick(sections.groups, Qt.Key.Key_Right)  # back to the group's screen seen last
    qtbot.waitUntil(lambda: tabs.currentIndex() == 3)
    for index in range(tabs.count()):  # and a click on each screen's tab opens it
        group = next(g for g, (_name, pages) in enumerate(sections.order) if index in pages)
        sections.groups.setCurrentIndex(group)
        sections.pages.setCurrentIndex(sections.order[group][1].index(index))
        qtbot.waitUntil(lambda i=index: tabs.currentIndex() == i)


def _spoken(bar: QTabBar) -> tuple[str, list[str]]:
    """The names a screen reader gets for a row (the group around it, Qt's accessibility
    interface) and for its tabs; the row's description says the keys."""
    face = QAccessible.queryAccessibleInterface(bar)
    assert face is not None
    row = face.parent()
    assert row.role() == QAccessible.Role.Grouping and row.object() is bar.parentWidget()
    assert "Ctrl+Tab / Ctrl+Shift+Tab" in row.text(QAccessible.Text.Description)
    assert bar.parentWidget().contentsMargins().isNull()  # the group takes no room of its own
    return row.text(QAccessible.Text.Name), [face.child(i).text(QAccessible.Text.Name) for i in range(bar.count())]


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_rows_and_their_tabs_have_names_for_a_screen_reader(window: MainWindow, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    sections = window.sections
    try:
        window.set_language(language)
        window.show_intake()
        groups = {
            "id": ["Kelompok Meja depan", "Kelompok Kirim ke pusat", "Kelompok Pengawasan", "Kelompok Administrasi"],
            "en": ["Front desk group", "Sending group", "Supervision group", "Administration group"],
        }[language]
        row = {"id": "Kelompok layar", "en": "Screen groups"}[language]
        qtbot.waitUntil(lambda: _spoken(sections.groups) == (row, groups))  # the language changes by event
        keys = {"id": "Ctrl+Tab / Ctrl+Shift+Tab: layar berikutnya", "en": "Ctrl+Tab / Ctrl+Shift+Tab: next"}[language]
        for box in (sections.groups_box, sections.pages_box):
            assert keys in QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Description)
        for group in range(sections.groups.count()):
            sections.groups.setCurrentIndex(group)
            qtbot.waitUntil(lambda g=group: window.tabs.currentIndex() in sections.order[g][1])
            title = sections.group_title(sections.order[group][0])
            name, tabs = _spoken(sections.pages)
            assert name == {"id": f"Layar {title}", "en": f"{title} screens"}[language]
            assert tabs == [
                f"{window.tabs.tabText(i).replace('&', '')} (Ctrl+{i + 1})" if i < 9 else window.tabs.tabText(i)
                for i in sections.order[group][1]
            ]
    finally:
        window.set_language("id")


def _press(window: MainWindow, qtbot, backwards: bool = False) -> QWidget:  # type: ignore[no-untyped-def]
    """Ctrl+Tab (Ctrl+Shift+Tab, as X11 sends it: Backtab) at the widget with the focus."""
    target = QApplication.focusWidget() or window
    if backwards:
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(target, Qt.Key.Key_Backtab, modifiers)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return target


def test_ctrl_tab_and_ctrl_shift_tab_go_through_every_screen_from_anywhere(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    sections, tabs = window.sections, window.tabs
    count = tabs.count()
    assert count == 12
    # From the form's first field: forward through every screen of every group, round to the first.
    window.show_intake()
    qtbot.waitUntil(lambda: window.intake.isAncestorOf(QApplication.focusWidget()))
    seen = []
    for _ in range(count):
        _press(window, qtbot)
        seen.append(tabs.currentIndex())
        assert sections.pages.tabData(sections.pages.currentIndex()) == tabs.currentIndex()  # the rows follow
    assert seen == [*range(1, count), 0]
    # Backwards, round past the first, with the focus on the groups' row: it stays there.
    sections.groups.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sections.groups)
    seen = []
    for _ in range(count):
        assert _press(window, qtbot, backwards=True) is sections.groups
        seen.append(tabs.currentIndex())
        assert QApplication.focusWidget() is sections.groups
        group = next(g for g, (_name, pages) in enumerate(sections.order) if tabs.currentIndex() in pages)
        assert sections.groups.currentIndex() == group
    assert seen == [*range(count - 1, -1, -1)]
    # On the screens' row, both ways.
    sections.pages.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sections.pages)
    _press(window, qtbot)
    assert tabs.currentIndex() == 1 and QApplication.focusWidget() is sections.pages
    _press(window, qtbot, backwards=True)
    assert tabs.currentIndex() == 0
    # In the queue's table, which has keys of its own.
    window.show_search()
    window.queue.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.queue.table)
    at = tabs.currentIndex()
    _press(window, qtbot)
    assert tabs.currentIndex() == at + 1
    _press(window, qtbot, backwards=True)
    assert tabs.currentIndex() == at
