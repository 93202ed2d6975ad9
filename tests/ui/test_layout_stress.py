"""Layouts survive longer words (a pseudo-locale adding ~40%) and fonts up to 200%: nothing clips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from ui.common.i18n import PseudoTranslator
from ui.shell.main_window import MainWindow


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and group titles narrower than their text needs."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                needed = w.heightForWidth(w.width())
                if w.height() + 1 < needed:
                    out.append(f"wrapped label {w.text()!r}: height {w.height()} < {needed}")
            elif w.width() + 1 < w.sizeHint().width():
                out.append(f"label {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() + 1 < w.sizeHint().width():
                out.append(f"button {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QGroupBox) and w.title():
            if w.width() < w.fontMetrics().horizontalAdvance(w.title()) + 16:
                out.append(f"group {w.title()!r}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                rect = w.tabRect(i)
                if w.elideMode() != Qt.TextElideMode.ElideNone and not w.usesScrollButtons():
                    # A bar that shortens its titles to keep every tab in sight (the main window:
                    # the whole title is the tab's tooltip) must not push a tab out of view.
                    if rect.left() < 0 or rect.right() > w.width():
                        out.append(f"tab {w.tabText(i)!r} out of view: {rect} in {w.width()}")
                elif rect.width() < w.fontMetrics().horizontalAdvance(w.tabText(i).replace("&", "")):
                    out.append(f"tab {w.tabText(i)!r}")
    return out


def every_tab(window: MainWindow, qtbot) -> list[str]:
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: window.tabs.currentWidget().isVisible())
        QApplication.processEvents()
        problems += clipped(window)
    return problems + complaint_view(window, qtbot)


def complaint_view(window: MainWindow, qtbot) -> list[str]:
    """Open a complaint with long texts and check its dialog too."""
    from factories import walk_in

    assert window.desk is not None
    complaint = window.desk.complaints.record(
        walk_in(
            title="Jalan desa rusak berlubang parah di depan sekolah dasar negeri Cileunyi Kulon",
            location_text="Jl. Raya Cibiru Wetan, dekat balai desa, di seberang pasar dan masjid besar",
        )
    ).complaint
    window.open_complaint(complaint.id)
    qtbot.waitUntil(lambda: len(window.views) == 1)
    view = window.views[0]
    qtbot.waitExposed(view)
    QApplication.processEvents()
    problems = clipped(view)
    view.close()
    window.views.clear()
    return problems


def test_pseudo_locale_clips_nothing(window: MainWindow, qtbot) -> None:
    pseudo = PseudoTranslator()
    QApplication.instance().installTranslator(pseudo)
    try:
        qtbot.waitUntil(lambda: window.tabs.tabText(1).startswith("["))
        assert window.intake.record_button.text().startswith("[&Catat")
        assert every_tab(window, qtbot) == []
    finally:
        QApplication.instance().removeTranslator(pseudo)


def test_double_font_size_clips_nothing_and_fits_a_full_hd_screen(window: MainWindow, qtbot) -> None:
    app = QApplication.instance()
    normal = app.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    try:
        window.resize(1900, 1060)
        qtbot.waitUntil(lambda: window.intake.record_button.font().pointSizeF() >= big.pointSizeF() - 0.1)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1920
        assert every_tab(window, qtbot) == []
    finally:
        app.setFont(normal)


def test_the_clipping_check_does_catch_a_clipped_label(qtbot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Pelapor setuju data pribadinya diproses untuk pengaduan ini")
    QVBoxLayout(box).addWidget(label)
    box.setFixedWidth(120)
    box.show()
    qtbot.waitExposed(box)
    assert clipped(box) and "Pelapor setuju" in clipped(box)[0]


def test_the_clipping_check_catches_a_wrapped_label_cut_short(qtbot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Jalan desa rusak berlubang parah di depan sekolah dasar negeri Cileunyi Kulon " * 3)
    label.setWordWrap(True)
    QVBoxLayout(box).addWidget(label)
    box.setFixedSize(160, 40)
    box.show()
    qtbot.waitExposed(box)
    assert any(p.startswith("wrapped label") for p in clipped(box))
