"""Keys for the whole window: Ctrl+1…Ctrl+9 and Ctrl+Tab / Ctrl+Shift+Tab for the tabs, and the *Pintasan keyboard* list
(Bantuan menu) built from the window's own actions, so it cannot fall out of date."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

TAB_KEYS = 9


class TabKeys(QObject):
    """Ctrl+N goes to the Nth tab. A key the window already gives an action (Ctrl+2 is
    File > Antrean, the second tab) is left to that action: two bindings would cancel out.

    Ctrl+Tab / Ctrl+Shift+Tab go to the next / previous screen across both rows of tabs (wrapping
    round), wherever the focus is in the window. The hidden tab widget handled them only while
    the focus was inside its page: on either row of tabs they did nothing."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget) -> None:
        super().__init__(window)
        self.tabs = tabs
        # Every key it adds, for the window to turn off behind the sign-in and lock page.
        self.key_actions: list[QAction] = []
        self.next_action = self._step_action(window, "Ctrl+Tab", 1)
        self.previous_action = self._step_action(window, "Ctrl+Shift+Tab", -1)
        self.retranslate()
        taken = {a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
        for index in range(TAB_KEYS):
            key = QKeySequence(f"Ctrl+{index + 1}")
            if key.toString() in taken:
                continue
            action = QAction(window)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, i=index: self.go(i))
            window.addAction(action)
            self.key_actions.append(action)

    def _step_action(self, window: QMainWindow, key: str, step: int) -> QAction:
        action = QAction(window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: self.step(step))
        window.addAction(action)
        self.key_actions.append(action)
        return action

    def retranslate(self) -> None:
        """Their names, for the *Pintasan keyboard* list."""
        self.next_action.setText(self.tr("Layar berikutnya"))
        self.previous_action.setText(self.tr("Layar sebelumnya"))

    def go(self, index: int) -> None:
        if index < self.tabs.count() and self.tabs.isTabEnabled(index) and self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    def step(self, step: int) -> None:
        """The next (1) or previous (-1) screen that can be opened, in the rows' order, wrapping round."""
        count = self.tabs.count()
        index = self.tabs.currentIndex()
        for _ in range(count):
            index = (index + step) % count
            if self.tabs.isTabEnabled(index) and self.tabs.isTabVisible(index):
                self.tabs.setCurrentIndex(index)
                return


class ShortcutList(QDialog):
    """Every key of the window, in the current language."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Pintasan keyboard"))
        rows = self.rows(window, tabs)
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Tombol"), self.tr("Fungsi")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.resizeColumnsToContents()
        # The keys' column a little wider than its longest key: "Ctrl+Shift+Tab" touched the line at 200 %.
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(0, table.columnWidth(0) + table.fontMetrics().horizontalAdvance("MM"))
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() is not None else None
        metrics = table.fontMetrics()
        width = sum(max(metrics.horizontalAdvance(row[i]) + 24 for row in rows) for i in (0, 1)) + 80
        height = (metrics.height() + 10) * (len(rows) + 1) + 120
        if screen is not None:
            width, height = min(max(width, 480), screen.width() - 40), min(height, screen.height() - 80)
        self.resize(width, height)

    def rows(self, window: QMainWindow, tabs: QTabWidget) -> list[tuple[str, str]]:
        native = QKeySequence.SequenceFormat.NativeText
        rows: list[tuple[str, str]] = []
        for action in window.findChildren(QAction):
            if not action.shortcut().isEmpty() and action.text():
                rows.append((action.shortcut().toString(native), action.text().replace("&", "")))
        for index in range(min(TAB_KEYS, tabs.count())):
            title = tabs.tabText(index).replace("&", "")
            rows.append((f"Ctrl+{index + 1}", self.tr("Tab {title}").format(title=title)))
        rows += [
            ("Ctrl+S", self.tr("Formulir: simpan draf")),
            ("Ctrl+Enter", self.tr("Formulir: catat pengaduan dan terbitkan tanda terima")),
            ("Ctrl+P", self.tr("Formulir: cetak tanda terima yang baru dicatat")),
            ("Ctrl+O", self.tr("Formulir: tambah lampiran")),
            ("Alt+" + self.tr("huruf"), self.tr("Ke isian atau tombol yang hurufnya bergaris bawah")),
            ("Tab / Shift+Tab", self.tr("Isian berikutnya / sebelumnya")),
        ]
        unique: dict[str, tuple[str, str]] = {}
        for keys, what in rows:
            unique.setdefault(keys, (keys, what))
        return list(unique.values())
