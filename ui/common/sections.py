"""The main window's screens in two rows of tabs: the groups by role on top (the front desk's,
sending to the central, supervision, administration), the screens of the chosen group below.

Both rows and their tabs have accessible names ("Kelompok layar", "Layar Meja depan", "Kelompok
Pengawasan"), so a screen reader says more than "tab bar". Ctrl+Tab / Ctrl+Shift+Tab step through
every screen from anywhere in the window (ui/shell/keyboard.py).

An admin has twelve screens. In one row of tabs on a 1366-wide laptop at 200 % font their
titles were cut ("Perlu… (5)", "Returning c…", "Audi…"), and each new screen cut them more. At
most four groups, and at most four screens in a group, fit whole at any text size. A list down
the side was tried first: at 200 % it took 270 px the intake form needs (its buttons alone take
the screen's width), and the window grew past the screen.

The screens stay the pages of a `QTabWidget` whose own bar is hidden (`SectionTabs`): whatever
knew the tabs (indexOf, setTabText, Ctrl+1…Ctrl+9, the role tabs built at sign-in) works as
before; the two rows follow the page in view and pick it. A group's tab carries the count of a
screen in it ("Kirim ke pusat (5)"), so problems waiting are seen from any group.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPaintEvent
from PySide6.QtWidgets import QGroupBox, QTabBar, QTabWidget, QVBoxLayout, QWidget

GROUP = "navGroup"  # the Qt property of a screen that names its group
DESK, SYNC, SUPERVISION, ADMIN = "desk", "sync", "supervision", "admin"
_COUNT = re.compile(r"\s\((\d[\d.,]*\+?)\)$")  # "Perlu perhatian (5)"


def set_group(screen: QWidget, group: str) -> QWidget:
    """Put a screen in a group (DESK, SYNC, SUPERVISION, ADMIN)."""
    screen.setProperty(GROUP, group)
    return screen


class SectionTabs(QTabWidget):
    """The window's screens, one in sight at a time; `SectionBars` shows their titles and picks them."""

    changed = Signal()  # a page came, went, or changed its title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabBar().hide()
        self.setDocumentMode(True)

    def tabInserted(self, index: int) -> None:  # noqa: N802  Qt override
        super().tabInserted(index)
        self.changed.emit()

    def tabRemoved(self, index: int) -> None:  # noqa: N802  Qt override
        super().tabRemoved(index)
        self.changed.emit()

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802  Qt's name
        if index >= 0 and text != self.tabText(index):
            super().setTabText(index, text)
            self.changed.emit()

    def group_of(self, index: int) -> str:
        page = self.widget(index)
        return str(page.property(GROUP) or "") if page is not None else ""


class SectionBars(QWidget):
    """The groups' row and the chosen group's row of screens. Left/Right on a focused row, a
    click, or Ctrl+1…Ctrl+9 opens a screen; a group opens the screen last seen in it."""

    def __init__(self, tabs: SectionTabs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.groups = self._bar()
        self.pages = self._bar()
        self.order: list[tuple[str, list[int]]] = []  # each group and its pages' indexes, in order
        self.last_seen: dict[str, int] = {}  # the page each group opens to
        self._updating = False
        # Each row in a named group: Qt gives a tab bar itself only its current tab's name, so a
        # screen reader learns which row it is in from this.
        self.groups_box, self.pages_box = _Row(self.groups), _Row(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.groups_box)
        layout.addWidget(self.pages_box)
        self.groups.currentChanged.connect(self._pick_group)
        self.pages.currentChanged.connect(self._pick_page)
        tabs.changed.connect(self.rebuild)
        tabs.currentChanged.connect(self._follow)
        self.rebuild()

    def _bar(self) -> QTabBar:
        bar = QTabBar(self)
        bar.setExpanding(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)  # only in a window far too narrow
        bar.setUsesScrollButtons(True)
        bar.setDrawBase(True)
        return bar

    def group_title(self, group: str) -> str:
        return {
            DESK: self.tr("Meja depan"),
            SYNC: self.tr("Kirim ke pusat"),
            SUPERVISION: self.tr("Pengawasan"),
            ADMIN: self.tr("Administrasi"),
        }.get(group, "")

    def rebuild(self) -> None:
        """Both rows anew from the pages (at most a dozen)."""
        order: list[tuple[str, list[int]]] = []
        for index in range(self.tabs.count()):
            if not self.tabs.isTabVisible(index):
                continue
            group = self.tabs.group_of(index)
            if order and order[-1][0] == group:
                order[-1][1].append(index)
            else:
                order.append((group, [index]))
        self.order = order
        self._updating = True
        try:
            while self.groups.count():
                self.groups.removeTab(0)
            for group, indexes in order:
                at = self.groups.addTab(self._with_count(self.group_title(group), indexes))
                self.groups.setTabData(at, group)
                self.groups.setAccessibleTabName(at, self.tr("Kelompok {title}").format(title=self.groups.tabText(at)))
            self.groups_box.setVisible(len(order) > 1)
            self.groups_box.setAccessibleName(self.tr("Kelompok layar"))
            self.groups_box.setAccessibleDescription(self._keys_hint())
            self.pages_box.setAccessibleDescription(self._keys_hint())
        finally:
            self._updating = False
        self._follow(self.tabs.currentIndex())

    def _with_count(self, title: str, indexes: list[int]) -> str:
        """A group's title with the count its screens show, if any ("Kirim ke pusat (5)")."""
        counts = [found[1] for found in (_COUNT.search(self.tabs.tabText(i)) for i in indexes) if found]
        if len(counts) != 1:
            return title
        return self.tr("{title} ({count})").format(title=title, count=counts[0])

    def _follow(self, index: int) -> None:
        """Show the row of the page in view, with it chosen."""
        at = next((g for g, (_group, indexes) in enumerate(self.order) if index in indexes), -1)
        self._updating = True
        try:
            self.groups.setCurrentIndex(at)
            while self.pages.count():
                self.pages.removeTab(0)
            if at < 0:
                return
            group, indexes = self.order[at]
            self.last_seen[group] = index
            self.pages_box.setAccessibleName(self.tr("Layar {group}").format(group=self.group_title(group)))
            for page in indexes:
                title = self.tabs.tabText(page).replace("&", "")
                tab = self.pages.addTab(title)
                self.pages.setTabData(tab, page)
                self.pages.setTabToolTip(tab, _with_key(title, page))
                self.pages.setAccessibleTabName(tab, _with_key(title, page))
            self.pages.setCurrentIndex(indexes.index(index))
        finally:
            self._updating = False

    def _keys_hint(self) -> str:
        return self.tr("Kiri/Kanan: pilih di baris ini. Ctrl+Tab / Ctrl+Shift+Tab: layar berikutnya / sebelumnya.")

    def _pick_group(self, at: int) -> None:
        if self._updating or not 0 <= at < len(self.order):
            return
        group, indexes = self.order[at]
        seen = self.last_seen.get(group)
        self.tabs.setCurrentIndex(seen if seen in indexes else indexes[0])

    def _pick_page(self, at: int) -> None:
        if self._updating or at < 0:
            return
        self.tabs.setCurrentIndex(int(self.pages.tabData(at)))

    def titles(self) -> list[str]:
        """Every screen's title as its tab shows it, group by group (tests, screenshots)."""
        return [self.tabs.tabText(i).replace("&", "") for _group, indexes in self.order for i in indexes]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()  # the groups' titles


class _Row(QGroupBox):
    """A row of tabs inside a named group (accessible role Grouping: a screen reader says which row
    the focus is in). Nothing of the group box is drawn and it takes no room: a style sheet would
    have done that too, but under one the rows no longer follow the app's font size."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        self.setContentsMargins(0, 0, 0, 0)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self.contentsMargins().isNull():  # the style's frame margins, put back on font or style changes
            self.setContentsMargins(0, 0, 0, 0)
        return handled

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  Qt override
        return  # no frame, no title


def _with_key(title: str, index: int) -> str:
    """A screen's tooltip: its whole title and its Ctrl+N (ui/shell/keyboard.py)."""
    if index >= 9:
        return title
    key = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
    return f"{title} ({key})"
